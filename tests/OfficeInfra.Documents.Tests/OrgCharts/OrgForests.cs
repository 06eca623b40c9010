using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>Organisations with several top roles, as partnerships and co-operatives have.</summary>
internal static class OrgForests
{
    /// <summary>
    /// Issue 13's shape: <paramref name="departments"/> top roles with no manager, each heading a department; managers
    /// with up to 3 reports (breadth first), every role reporting inside its own department.
    /// </summary>
    public static RegisterSet Partnership(int roles, int departments)
    {
        var builder = new RegisterSetBuilder().Organisation("Partners LLP");
        for (var d = 0; d < departments; d++)
        {
            builder.Department($"Practice {d + 1}");
        }
        var perDepartment = new List<string>[departments];
        for (var i = 0; i < roles; i++)
        {
            var d = i % departments;
            var members = perDepartment[d] ??= [];
            var title = $"Partner role {i + 1}";
            var manager = members.Count == 0 ? null : members[(members.Count - 1) / 3];
            builder.Role(title, $"Practice {d + 1}", manager, holder: i % 7 == 3 ? null : $"Person {i + 1}");
            members.Add(title);
        }
        return builder.Build();
    }
}
