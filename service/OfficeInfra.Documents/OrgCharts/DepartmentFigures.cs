using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>What the summary slide says about one department.</summary>
internal sealed record DepartmentFigures(string Department, int Roles, int Vacant, IReadOnlyDictionary<RoleType, int> Types, int Tasks)
{
    public static DepartmentFigures Of(string department, IReadOnlyList<Role> roles, IReadOnlyList<TaskItem> tasks)
    {
        var types = Enum.GetValues<RoleType>().ToDictionary(t => t, t => roles.Count(r => r.RoleType == t));
        return new DepartmentFigures(department, roles.Count, roles.Count(r => r.IsVacant), types, tasks.Count);
    }
}
