using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>
/// The roles at the top of each department: those with no manager, or whose manager is outside the department (or
/// unknown), and the role the Departments register names as its head. What the organisation deck keeps of a
/// Confidential department (<see cref="DepartmentPrivacy"/>) and of every department when it stops at the heads.
/// </summary>
internal static class DepartmentHeads
{
    /// <summary>The heads of <paramref name="department"/>, in register order, out of its <paramref name="members"/>.</summary>
    public static List<Role> Of(RegisterSet registers, string department, IReadOnlyList<Role> members)
    {
        var head = registers.Departments.FirstOrDefault(d => OrgChartDeck.Same(d.Name, department))?.Head;
        var titles = members.Select(r => new RegisterName(r.Title)).ToHashSet();
        return members.Where(r => string.IsNullOrWhiteSpace(r.ReportsTo) || !titles.Contains(r.ReportsTo)
            || OrgChartDeck.Same(r.Title, head)).ToList();
    }
}
