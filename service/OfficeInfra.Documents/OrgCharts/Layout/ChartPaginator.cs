namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>
/// Fits a chart onto slides. When the whole tree would need text below the floor size, a subtree moves to a
/// continuation page and a "continued" box takes its place; continuation pages are fitted the same way and follow
/// the page they continue.
/// </summary>
internal sealed class ChartPaginator(double areaWidth, double areaHeight, double minScale, double maxScale)
{
    // Different stack heights suit different trees: a wide flat team wants tall stacks, a bushy tree short ones.
    private static readonly int[] StackRowChoices = [4, 6, 8, 10];

    private readonly TidyTreeLayout[] _layouts =
        StackRowChoices.Select(rows => new TidyTreeLayout(new LayoutMetrics(MaxStackRows: rows))).ToArray();

    private LayoutMetrics Metrics => _layouts[0].Metrics;

    public IReadOnlyList<FittedPage> Paginate(OrgChartPage first)
    {
        var result = new List<FittedPage>();
        Fit(first, result);
        return result;
    }

    private void Fit(OrgChartPage page, List<FittedPage> result)
    {
        var continuations = new List<OrgChartPage>();
        while (true)
        {
            var (layout, scale) = BestLayout(page.Roots);
            var tooTall = layout.Height * minScale > areaHeight;
            if (scale >= minScale || !TrySplit(page, tooTall, continuations))
            {
                result.Add(new FittedPage(page, layout, scale));
                break;
            }
        }
        foreach (var continuation in continuations)
        {
            Fit(continuation, result);
        }
    }

    private (ChartLayout Layout, double Scale) BestLayout(IReadOnlyList<OrgNode> roots)
    {
        (ChartLayout, double) best = default;
        foreach (var layout in _layouts)
        {
            var arranged = layout.Arrange(roots);
            var scale = ScaleOf(arranged);
            if (best.Item1 is null || scale > best.Item2 + 1e-9)
            {
                best = (arranged, scale);
            }
        }
        return best;
    }

    private double ScaleOf(ChartLayout layout) => layout.Boxes.Count == 0
        ? maxScale
        : Math.Min(maxScale, Math.Min(areaWidth / layout.Width, areaHeight / layout.Height));

    private bool TrySplit(OrgChartPage page, bool tooTall, List<OrgChartPage> continuations)
    {
        var maxLevels = Math.Max(2, (int)(((areaHeight / minScale) - Metrics.BoxHeight) / Metrics.LevelPitch) + 1);
        var nodes = new List<(OrgNode Node, int Depth, int Height, int Size)>();
        foreach (var root in page.Roots)
        {
            Collect(root, 0, nodes);
        }
        var movable = nodes.Where(n => Movable(n.Node) && n.Depth >= 1 && n.Depth <= maxLevels - 2).ToList();
        var tall = movable.Where(n => n.Depth + n.Height > maxLevels).ToList();
        var pick = tooTall && tall.Count > 0
            ? tall.OrderByDescending(n => n.Depth).ThenByDescending(n => n.Size).First()
            : movable.OrderByDescending(n => n.Size).FirstOrDefault();
        if (pick.Node is not null)
        {
            Move(page, pick.Node, 0, continuations);
            return true;
        }
        // Nothing below the top can move: halve the widest team instead (e.g. one manager with 200 reports).
        var widest = nodes.Where(n => Movable(n.Node) && n.Node.Children.Count >= 2)
            .OrderByDescending(n => n.Node.Children.Count).FirstOrDefault();
        if (widest.Node is null)
        {
            return false;
        }
        Move(page, widest.Node, (widest.Node.Children.Count + 1) / 2, continuations);
        return true;
    }

    private static bool Movable(OrgNode node) =>
        node.Children.Count > 0 && node.Children.Any(c => c.Continuation is null);

    private static (int Height, int Size) Collect(OrgNode node, int depth, List<(OrgNode, int, int, int)> nodes)
    {
        var index = nodes.Count;
        nodes.Add(default);
        var (height, size) = (1, 1);
        foreach (var child in node.Children)
        {
            var (childHeight, childSize) = Collect(child, depth + 1, nodes);
            height = Math.Max(height, 1 + childHeight);
            size += childSize;
        }
        nodes[index] = (node, depth, height, size);
        return (height, size);
    }

    private static void Move(OrgChartPage page, OrgNode manager, int keep, List<OrgChartPage> continuations)
    {
        var head = manager.CopyBox();
        head.Children.AddRange(manager.Children.Skip(keep));
        var title = page.Continues is null ? page.Title : page.Title.Replace(" (continued)", "", StringComparison.Ordinal);
        var continuation = new OrgChartPage($"{title} (continued)", [head], page);
        manager.Children.RemoveRange(keep, manager.Children.Count - keep);
        manager.Children.Add(OrgNode.ContinuedOn(continuation));
        continuations.Add(continuation);
    }
}
