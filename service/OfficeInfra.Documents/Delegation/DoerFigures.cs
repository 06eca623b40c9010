using System.Text.Json.Serialization;

namespace OfficeInfra.Documents.Delegation;

/// <summary>A person or role doing other roles' tasks: how many, by frequency.</summary>
public sealed record DoerFigures(
    [property: JsonPropertyName("doneBy")] string DoneBy,
    [property: JsonPropertyName("doerRole")] string DoerRole,
    [property: JsonPropertyName("tasks")] int Tasks,
    [property: JsonPropertyName("byFrequency")] IReadOnlyDictionary<string, int> ByFrequency);
