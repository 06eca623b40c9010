using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>The shape of a chart's trees (as built, before pagination moves subtrees): its depth and its teams.</summary>
internal static class ChartShape
{
    /// <summary>How many levels the trees have from top to bottom (a lone role is one level; no roles, none).</summary>
    public static int Levels(IReadOnlyList<OrgNode> roots)
    {
        var deepest = 0;
        var pending = new Stack<(OrgNode Node, int Level)>(roots.Select(r => (r, 1)));
        while (pending.Count > 0)
        {
            var (node, level) = pending.Pop();
            deepest = Math.Max(deepest, level);
            node.Children.ForEach(child => pending.Push((child, level + 1)));
        }
        return deepest;
    }

    /// <summary>Every role with direct reports on the chart and how many, in no particular order.</summary>
    public static IEnumerable<(Role Manager, int Reports)> Teams(IReadOnlyList<OrgNode> roots)
    {
        var pending = new Stack<OrgNode>(roots);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            var reports = node.Children.Count(c => c.Role is not null);
            if (node.Role is { } manager && reports > 0)
            {
                yield return (manager, reports);
            }
            node.Children.ForEach(pending.Push);
        }
    }

    /// <summary>The <paramref name="count"/> roles with the most direct reports, most first (then by title).</summary>
    public static List<(string Title, int Reports)> Widest(IReadOnlyList<OrgNode> roots, int count) =>
        Teams(roots).Select(t => (Title: t.Manager.Title.Trim(), t.Reports))
            .OrderByDescending(t => t.Reports).ThenBy(t => t.Title, StringComparer.Ordinal).Take(count).ToList();
}
