using System.Text.Json.Serialization;

namespace OfficeInfra.Documents.Delegation;

/// <summary>A vacant role: its tasks, how many someone covers and who, how many nobody does.</summary>
public sealed record VacantRoleFigures(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("department")] string Department,
    [property: JsonPropertyName("tasks")] int Tasks,
    [property: JsonPropertyName("covered")] int Covered,
    [property: JsonPropertyName("coveredBy")] IReadOnlyList<string> CoveredBy,
    [property: JsonPropertyName("uncovered")] int Uncovered);
