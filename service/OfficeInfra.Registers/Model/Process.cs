namespace OfficeInfra.Registers.Model;

/// <summary>A row of the Processes register.</summary>
/// <param name="System">Core business system (Marketing, Sales, Fulfillment, …); free text allowed.</param>
/// <param name="Owner">Role accountable for the process.</param>
public sealed record Process(
    string Name,
    string Department,
    string? System = null,
    string? Owner = null,
    string? Trigger = null,
    string? Outcome = null,
    string? Kpi = null,
    string? Target = null,
    IReadOnlyList<string>? Tools = null,
    int? Row = null)
{
    /// <summary>Who approves the documents of this process (a role or a person), as written.</summary>
    public string? ApprovedBy { get; init; }

    /// <summary>Tools used (never null).</summary>
    public IReadOnlyList<string> Tools { get; init; } = Tools ?? [];
}
