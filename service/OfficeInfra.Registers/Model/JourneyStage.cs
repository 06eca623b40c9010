namespace OfficeInfra.Registers.Model;

/// <summary>
/// A row of the optional Journey register (SPEC §2): one stage of the customer's experience, in the order the rows
/// give, with what the customer does and sees and what the organisation does in front of and behind the line of
/// visibility. Values are kept as written (trimmed); the rules judge the names.
/// </summary>
/// <param name="Phase">The phase the stage belongs to (Awareness, Purchase, …); empty means the phase of the row above.</param>
/// <param name="Stage">The stage's name.</param>
/// <param name="Row">The worksheet row it came from (1-based), when known.</param>
public sealed record JourneyStage(string Phase, string Stage, int? Row = null)
{
    /// <summary>What the customer does at this stage.</summary>
    public string? CustomerAction { get; init; }

    /// <summary>The channels the customer sees, hears or touches (staff, website, call centre, printed material, product).</summary>
    public IReadOnlyList<string> FrontStage { get; init; } = [];

    /// <summary>The activity that touches the customer (selling, answering, delivering).</summary>
    public string? OnStage { get; init; }

    /// <summary>The departments or roles doing the on-stage activity, by name.</summary>
    public IReadOnlyList<string> OnStageBy { get; init; } = [];

    /// <summary>The processes, by name, that make the stage possible behind the line of visibility.</summary>
    public IReadOnlyList<string> BackStage { get; init; } = [];

    /// <summary>What goes wrong for the customer here, if anything is known to.</summary>
    public string? PainPoint { get; init; }

    /// <summary>How the stage is measured.</summary>
    public string? Kpi { get; init; }
}
