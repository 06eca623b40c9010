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
    /// <summary>The parsed role type; Employee when empty or unknown.</summary>
    public RoleType RoleType => RoleTypes.TryParse(Type, out var type) ? type : RoleType.Employee;

    /// <summary>True when the role is open: Status says Vacant, or Status is empty and nobody holds it.</summary>
    public bool IsVacant => string.IsNullOrWhiteSpace(Status)
        ? string.IsNullOrWhiteSpace(Holder)
        : string.Equals(Status.Trim(), "Vacant", StringComparison.OrdinalIgnoreCase);
}
