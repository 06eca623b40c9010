namespace OfficeInfra.Registers.Model;

/// <summary>A row of the Departments register.</summary>
/// <param name="Access">As written; parse with <see cref="AccessLevels.TryParse"/>. Empty means Internal.</param>
/// <param name="Row">The worksheet row it came from (1-based), when known.</param>
public sealed record Department(
    string Name,
    string? Head = null,
    string? Access = null,
    IReadOnlyList<string>? Owners = null,
    IReadOnlyList<string>? Members = null,
    IReadOnlyList<string>? Visitors = null,
    string? Description = null,
    int? Row = null)
{
    /// <summary>Who approves the documents of this department (a role or a person), as written.</summary>
    public string? ApprovedBy { get; init; }

    /// <summary>Owner principals (never null).</summary>
    public IReadOnlyList<string> Owners { get; init; } = Owners ?? [];

    /// <summary>Member principals (never null).</summary>
    public IReadOnlyList<string> Members { get; init; } = Members ?? [];

    /// <summary>Visitor principals (never null).</summary>
    public IReadOnlyList<string> Visitors { get; init; } = Visitors ?? [];

    /// <summary>The parsed access level; Internal when empty or unknown (unknown values are an error finding).</summary>
    public AccessLevel AccessLevel => AccessLevels.TryParse(Access, out var level) ? level : AccessLevel.Internal;
}
