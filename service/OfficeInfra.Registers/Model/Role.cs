namespace OfficeInfra.Registers.Model;

/// <summary>A row of the Roles register.</summary>
/// <param name="Type">As written; see <see cref="RoleTypes"/>. Empty means Employee.</param>
/// <param name="Status">As written: Filled or Vacant; when empty, derived from <paramref name="Holder"/>.</param>
public sealed record Role(
    string Title,
    string Department,
    string? ReportsTo = null,
    string? Type = null,
    string? Status = null,
    string? Holder = null,
    string? Hours = null,
    string? Summary = null,
    int? Row = null)
{
    /// <summary>Qualifications the role needs (person specification).</summary>
    public string? Qualifications { get; init; }

    /// <summary>Skills the role needs (person specification).</summary>
    public string? Skills { get; init; }

    /// <summary>Experience the role needs (person specification).</summary>
    public string? Experience { get; init; }

    /// <summary>Where the role is based.</summary>
    public string? Location { get; init; }

    /// <summary>The role's grade or pay band.</summary>
    public string? Grade { get; init; }

    /// <summary>The kind of contract (e.g. permanent, fixed-term).</summary>
    public string? Contract { get; init; }

    /// <summary>The parsed role type; Employee when empty or unknown.</summary>
    public RoleType RoleType => RoleTypes.TryParse(Type, out var type) ? type : RoleType.Employee;

    /// <summary>True when the role is open: Status says Vacant, or Status is empty and nobody holds it.</summary>
    public bool IsVacant => string.IsNullOrWhiteSpace(Status)
        ? string.IsNullOrWhiteSpace(Holder)
        : string.Equals(Status.Trim(), "Vacant", StringComparison.OrdinalIgnoreCase);
}
