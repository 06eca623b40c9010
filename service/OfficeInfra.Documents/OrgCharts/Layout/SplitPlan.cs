namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>
/// One way to take part of a page onto a new page: the boxes of <see cref="Siblings"/> from <see cref="From"/> on,
/// either <see cref="Manager"/>'s reports (the new page is headed by a copy of the manager) or, when Manager is null,
/// the page's top-level boxes (whole trees move, nothing is copied).
/// </summary>
internal sealed record SplitPlan(List<OrgNode> Siblings, OrgNode? Manager, int From)
{
    /// <summary>
    /// Makes the split a page that does not fit needs, and says false when no split would make progress. In order of
    /// preference: every team too deep for the slide at once (deepest first); the largest team below the top; whole
    /// top-level trees (a page with several top roles); the widest team's reports beyond as many as fit beside a
    /// "continued" box (<paramref name="fits"/> says whether boxes fit the slide), or its second half when none do.
    /// </summary>
    public static bool SplitOnce(OrgChartPage page, bool tooTall, int maxLevels, ChartWords words, Func<IReadOnlyList<OrgNode>, bool> fits)
    {
        var onPage = RoleBoxes(page.Roots);
        var nodes = new List<(OrgNode Node, int Depth, int Height, int Size)>();
        foreach (var root in page.Roots)
        {
            Collect(root, 0, nodes);
        }
        // Moving all of a manager's reports takes Size − 1 role boxes and adds the manager's copy: allowed while
        // Size < onPage, and below the top there is always an ancestor left behind.
        var teams = nodes.Where(n => n.Depth >= 1 && n.Depth <= maxLevels - 2 && n.Size >= 2).ToList();
        var tall = teams.Where(n => n.Depth + n.Height > maxLevels).ToList();
        if (tooTall && tall.Count > 0)
        {
            // Tall teams at one depth are disjoint subtrees: cutting them all in one pass saves a layout per team.
            var deepest = tall.Max(n => n.Depth);
            var before = onPage;
            foreach (var team in tall.Where(n => n.Depth == deepest))
            {
                onPage -= new SplitPlan(team.Node.Children, team.Node, 0).Apply(page, onPage, words);
            }
            if (onPage < before)
            {
                return true;
            }
        }
        if (teams.Count > 0 && teams.MaxBy(n => n.Size).Node is var largest &&
            new SplitPlan(largest.Children, largest, 0).Apply(page, onPage, words) > 0)
        {
            return true;
        }
        if (Filled(page.Roots, null, page, fits).Apply(page, onPage, words) > 0)
        {
            return true;
        }
        foreach (var (node, _, _, _) in nodes.Where(n => n.Node.Children.Count >= 2).OrderByDescending(n => n.Node.Children.Count))
        {
            if (Filled(node.Children, node, page, fits).Apply(page, onPage, words) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The split that keeps as many of <paramref name="siblings"/> on the page as fit beside the "continued" box that
    /// replaces the rest (found by bisection: fewer boxes never fit worse), or that moves the second half when even one
    /// does not fit. A wide team so fills each slide before it continues on the next.
    /// </summary>
    private static SplitPlan Filled(List<OrgNode> siblings, OrgNode? manager, OrgChartPage page, Func<IReadOnlyList<OrgNode>, bool> fits)
    {
        var (fitting, tooMany) = (0, siblings.Count);
        while (tooMany - fitting > 1)
        {
            var keep = (fitting + tooMany) / 2;
            if (FitsKeeping(siblings, keep, page, fits))
            {
                fitting = keep;
            }
            else
            {
                tooMany = keep;
            }
        }
        return new SplitPlan(siblings, manager, fitting > 0 && siblings.Take(fitting).Any(s => s.Role is not null) ? fitting : SecondHalf(siblings));
    }

    // Tries the page with siblings from `keep` on in one "continued" box, and puts them back.
    private static bool FitsKeeping(List<OrgNode> siblings, int keep, OrgChartPage page, Func<IReadOnlyList<OrgNode>, bool> fits)
    {
        var moved = siblings.GetRange(keep, siblings.Count - keep);
        siblings.RemoveRange(keep, moved.Count);
        siblings.Add(OrgNode.ContinuedOn(page, RoleCount(moved)));
        try
        {
            return fits(page.Roots);
        }
        finally
        {
            siblings.RemoveAt(siblings.Count - 1);
            siblings.AddRange(moved);
        }
    }

    /// <summary>
    /// Moves the boxes to a new continuation page and puts a "continued" box in their place, if that strictly
    /// shrinks the largest page involved: t ≥ 1 role boxes move and t + h is less than the page's role boxes
    /// <paramref name="onPage"/> (h = 1 for the manager's copy heading the new page; see <see cref="ChartPaginator"/>).
    /// </summary>
    /// <param name="words">Name the new page in the chart's language.</param>
    /// <returns>The role boxes moved off the page; 0 when the split was not allowed and nothing changed.</returns>
    private int Apply(OrgChartPage page, int onPage, ChartWords words)
    {
        var moved = Siblings.Skip(From).ToList();
        var boxes = RoleBoxes(moved);
        if (boxes < 1 || boxes + (Manager is null ? 0 : 1) >= onPage)
        {
            return 0;
        }
        var roles = RoleCount(moved);
        Siblings.RemoveRange(From, Siblings.Count - From);
        List<OrgNode> roots = Manager is null ? moved : [Manager.CopyBox()];
        if (Manager is not null)
        {
            roots[0].Children.AddRange(moved);
        }
        var head = Manager?.Role?.Title.Trim() ??
            words.AndMore(moved.First(n => n.Role is not null).Role!.Title.Trim(), moved.Count(n => n.Role is not null) - 1);
        var continuation = new OrgChartPage(page.Chart, page.Chart + ChartWords.Separator + head, roots, page) { Roles = roles };
        Siblings.Add(OrgNode.ContinuedOn(continuation, roles));
        return boxes;
    }

    // The first index of the second half of the role boxes (at least one role box stays in front).
    private static int SecondHalf(List<OrgNode> boxes)
    {
        var keep = (boxes.Count(b => b.Role is not null) + 1) / 2;
        for (var i = 0; i < boxes.Count; i++)
        {
            if (boxes[i].Role is not null && --keep < 0)
            {
                return i;
            }
        }
        return boxes.Count;
    }

    private static int RoleBoxes(IEnumerable<OrgNode> roots) => Count(roots, _ => 0);

    /// <summary>Roles a set of boxes stands for: role boxes plus what "continued" boxes among them stand for.</summary>
    private static int RoleCount(IEnumerable<OrgNode> roots) => Count(roots, n => n.ContinuedRoles);

    private static int Count(IEnumerable<OrgNode> roots, Func<OrgNode, int> continued)
    {
        var count = 0;
        var stack = new Stack<OrgNode>(roots);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            count += node.Role is null ? continued(node) : 1;
            node.Children.ForEach(stack.Push);
        }
        return count;
    }

    // Size counts role boxes only, so "Size ≥ 2" means the team has at least one role to move.
    private static (int Height, int Size) Collect(OrgNode node, int depth, List<(OrgNode, int, int, int)> nodes)
    {
        var index = nodes.Count;
        nodes.Add(default);
        var (height, size) = (1, node.Role is null ? 0 : 1);
        foreach (var child in node.Children)
        {
            var (childHeight, childSize) = Collect(child, depth + 1, nodes);
            height = Math.Max(height, 1 + childHeight);
            size += childSize;
        }
        nodes[index] = (node, depth, height, size);
        return (height, size);
    }
}
