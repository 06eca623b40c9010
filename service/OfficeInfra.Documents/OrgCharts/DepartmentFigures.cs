using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>
/// What the summary slide says about one chart's structure: its roles, vacancies and mix of role types, how many
/// levels it has from top to bottom, and its largest team (the most direct reports one role has on it). Nothing here
/// depends on the Tasks register, so a task added or moved leaves the charts as they are (workload is
/// Delegation.xlsx's). A department the organisation deck shows by its headcount only
/// (<see cref="DepartmentPrivacy.HeadcountOnly"/>) has its roles counted and nothing else.
/// </summary>
internal sealed record DepartmentFigures(string Department, int Roles, int Vacant, IReadOnlyDictionary<RoleType, int> Types, int Levels,
    int LargestTeam, AccessLevel? HeadcountOnly = null)
{
    /// <param name="roles">The roles the chart counts.</param>
    /// <param name="chart">The chart's trees as built, before pagination moves any subtree.</param>
    /// <param name="headcountOnly">The access level of a department that may show its headcount only.</param>
    public static DepartmentFigures Of(string department, IReadOnlyList<Role> roles, IReadOnlyList<OrgNode> chart, AccessLevel? headcountOnly = null)
    {
        if (headcountOnly is not null)
        {
            return new DepartmentFigures(department, roles.Count, 0, Enum.GetValues<RoleType>().ToDictionary(t => t, _ => 0), 0, 0, headcountOnly);
        }
        var types = Enum.GetValues<RoleType>().ToDictionary(t => t, t => roles.Count(r => r.RoleType == t));
        return new DepartmentFigures(department, roles.Count, roles.Count(r => r.IsVacant), types, ChartShape.Levels(chart),
            ChartShape.Teams(chart).Select(t => t.Reports).DefaultIfEmpty().Max());
    }

    /// <summary>The total row: the departments' counts added up (vacancies and types of the departments shown in full),
    /// and the whole organisation's levels and largest team as the deck shows it.</summary>
    public static DepartmentFigures Total(string name, IReadOnlyList<DepartmentFigures> departments, IReadOnlyList<OrgNode> organisation) =>
        new(name, departments.Sum(d => d.Roles), departments.Sum(d => d.Vacant),
            Enum.GetValues<RoleType>().ToDictionary(t => t, t => departments.Sum(d => d.Types[t])), ChartShape.Levels(organisation),
            ChartShape.Teams(organisation).Select(t => t.Reports).DefaultIfEmpty().Max());
}
