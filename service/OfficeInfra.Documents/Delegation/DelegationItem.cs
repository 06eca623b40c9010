using System.Text.Json.Serialization;

namespace OfficeInfra.Documents.Delegation;

/// <summary>One task done today by someone other than the role that should do it.</summary>
public sealed record DelegationItem(
    [property: JsonPropertyName("taskId")] string TaskId,
    [property: JsonPropertyName("task")] string Task,
    [property: JsonPropertyName("process")] string Process,
    [property: JsonPropertyName("shouldDo")] string ShouldDo,
    [property: JsonPropertyName("doneBy")] string DoneBy,
    [property: JsonPropertyName("doerRole")] string DoerRole,
    [property: JsonPropertyName("frequency")] string Frequency);
