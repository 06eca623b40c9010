using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>
/// Turns the Roles register into trees: every role under the role it reports to. Roles whose manager is missing,
/// outside the chart's department, or caught in a reporting loop become roots, so no role is ever dropped. Roles left
/// out for privacy are skipped over: a role whose manager is hidden hangs under the nearest manager that is shown.
/// </summary>
internal static class OrgTreeBuilder
{
    /// <summary>
    /// Builds the forest for one department, or for the whole organisation when it is null, leaving out
    /// <paramref name="hidden"/> roles.
    /// </summary>
    public static List<OrgNode> Build(IReadOnlyList<Role> allRoles, string? department, IReadOnlySet<Role>? hidden = null)
    {
        var byTitle = ByTitle(allRoles);
        hidden ??= new HashSet<Role>();
        var members = allRoles.Where(r => !hidden.Contains(r) && (department is null || new RegisterName(r.Department) == department)).ToList();
        var nodes = new Dictionary<Role, OrgNode>(ReferenceEqualityComparer.Instance);
        foreach (var role in members)
        {
            nodes[role] = OrgNode.ForRole(role, ExternalManagerOf(role, byTitle, department, hidden));
        }
        var parentOf = new Dictionary<OrgNode, OrgNode>(ReferenceEqualityComparer.Instance);
        foreach (var role in members)
        {
            var manager = ManagerOf(role, byTitle, hidden);
            if (manager is not null && !ReferenceEquals(manager, role) && nodes.TryGetValue(manager, out var parent))
            {
                parent.Children.Add(nodes[role]);
                parentOf[nodes[role]] = parent;
            }
        }
        var roots = members.Select(r => nodes[r]).Where(n => !parentOf.ContainsKey(n)).ToList();
        BreakLoops(members.Select(r => nodes[r]).ToList(), roots, parentOf);
        return roots;
    }

    /// <summary>What a department's chart shows of a role's manager in another department ("COO (Operations)"); null
    /// when the manager is in the department or there is none.</summary>
    public static Func<Role, string?> ManagerOutside(IReadOnlyList<Role> allRoles, string department)
    {
        var byTitle = ByTitle(allRoles);
        var none = new HashSet<Role>();
        return role => ExternalManagerOf(role, byTitle, department, none);
    }

    private static Dictionary<RegisterName, Role> ByTitle(IReadOnlyList<Role> allRoles)
    {
        var byTitle = new Dictionary<RegisterName, Role>();
        foreach (var role in allRoles)
        {
            byTitle.TryAdd(role.Title, role);
        }
        return byTitle;
    }

    // The role's manager, or, when that one is hidden, the first manager up the chain who is shown (a loop of hidden
    // roles ends the walk with no manager).
    private static Role? ManagerOf(Role role, Dictionary<RegisterName, Role> byTitle, IReadOnlySet<Role> hidden)
    {
        var manager = DirectManagerOf(role, byTitle);
        var passed = new HashSet<Role>(ReferenceEqualityComparer.Instance);
        while (manager is not null && hidden.Contains(manager))
        {
            manager = passed.Add(manager) ? DirectManagerOf(manager, byTitle) : null;
        }
        return manager;
    }

    private static Role? DirectManagerOf(Role role, Dictionary<RegisterName, Role> byTitle) =>
        string.IsNullOrWhiteSpace(role.ReportsTo) ? null : byTitle.GetValueOrDefault(role.ReportsTo);

    private static string? ExternalManagerOf(Role role, Dictionary<RegisterName, Role> byTitle, string? department, IReadOnlySet<Role> hidden)
    {
        var manager = ManagerOf(role, byTitle, hidden);
        return department is not null && manager is not null && new RegisterName(manager.Department) != department
            ? $"{manager.Title.Trim()} ({manager.Department.Trim()})"
            : null;
    }

    // Roles in a reporting loop are reachable from no root; the first of each loop (in register order) becomes a root.
    private static void BreakLoops(List<OrgNode> all, List<OrgNode> roots, Dictionary<OrgNode, OrgNode> parentOf)
    {
        var seen = new HashSet<OrgNode>(ReferenceEqualityComparer.Instance);
        void Visit(OrgNode start)
        {
            var stack = new Stack<OrgNode>([start]);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (seen.Add(node))
                {
                    node.Children.ForEach(stack.Push);
                }
            }
        }
        roots.ForEach(Visit);
        foreach (var node in all.Where(n => !seen.Contains(n)))
        {
            if (seen.Contains(node))
            {
                continue;
            }
            parentOf[node].Children.Remove(node);
            roots.Add(node);
            Visit(node);
        }
    }
}
