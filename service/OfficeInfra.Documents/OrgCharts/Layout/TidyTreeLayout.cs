namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>
/// Reingold–Tilford tidy tree: each subtree is laid out on its own, then pushed right until its contour clears
/// its left sibling's at every level, and the parent is centred over its children. Leaf groups of
/// <see cref="LayoutMetrics.MinStackLeaves"/> or more are stacked (<see cref="LeafStack"/>). Linear in the number
/// of boxes: a merge walks only the shallower of the two contours. Each box has the size its own text needs
/// (<paramref name="sizeOf"/>); the boxes of one level share their top edge (<see cref="LevelGrid"/>).
/// </summary>
internal sealed class TidyTreeLayout(LayoutMetrics metrics, Func<OrgNode, BoxDims> sizeOf)
{
    private readonly Dictionary<OrgNode, List<(object Item, double Offset)>> _items = new(ReferenceEqualityComparer.Instance);

    // Managers drawn as a bar over a wide grid of reports (LeafStack.HangsFromBar): the bar's width.
    private readonly Dictionary<OrgNode, double> _bars = new(ReferenceEqualityComparer.Instance);
    private LevelGrid _levels = null!;

    public LayoutMetrics Metrics { get; } = metrics;

    /// <summary>Lays out a forest: its roots side by side on the top level.</summary>
    public ChartLayout Arrange(IReadOnlyList<OrgNode> roots)
    {
        _items.Clear();
        _bars.Clear();
        _levels = new LevelGrid(roots, Metrics, sizeOf);
        var rootItems = ArrangeItems(roots.Cast<object>().ToList(), 0, out _);
        var boxes = new List<PlacedBox>();
        var edges = new List<PlacedEdge>();
        var centre = rootItems.Count == 0 ? 0 : (rootItems[0].Offset + rootItems[^1].Offset) / 2;
        foreach (var (item, offset) in rootItems)
        {
            Place((OrgNode)item, offset - centre, 0, boxes, edges);
        }
        return Normalised(boxes, edges);
    }

    private Contour ArrangeNode(OrgNode node, int depth)
    {
        var half = sizeOf(node).Width / 2;
        if (node.IsLeaf)
        {
            return Contour.Block(-half, half, 1);
        }
        var leaves = node.Children.Where(c => c.IsLeaf).ToList();
        var managers = node.Children.Where(c => !c.IsLeaf).ToList();
        // The stack sits in the middle, right under the manager, with the sub-teams either side.
        var stack = leaves.Count >= Metrics.MinStackLeaves ? new LeafStack(leaves, Metrics, sizeOf, height => _levels.LevelsSpanned(depth + 1, height)) : null;
        var items = stack is not null
            ? [.. managers.Take(managers.Count / 2), stack, .. managers.Skip(managers.Count / 2)]
            : node.Children.Cast<object>().ToList();
        var placed = ArrangeItems(items, depth + 1, out var contour);
        var centre = placed.FirstOrDefault(p => p.Item is LeafStack) is { Item: not null } trunk
            ? trunk.Offset
            : (placed[0].Offset + placed[^1].Offset) / 2;
        _items[node] = placed.Select(p => (p.Item, p.Offset - centre)).ToList();
        if (stack is { HangsFromBar: true })
        {
            half = Math.Max(half, stack.Right);
            _bars[node] = 2 * half;
        }
        contour.Shift(-centre);
        contour.PushTop(-half, half);
        return contour;
    }

    private List<(object Item, double Offset)> ArrangeItems(List<object> items, int depth, out Contour contour)
    {
        var placed = new List<(object, double)>(items.Count);
        contour = Contour.Block(0, 0, 0);
        foreach (var item in items)
        {
            var next = item is LeafStack stack ? stack.Contour() : ArrangeNode((OrgNode)item, depth);
            var offset = placed.Count == 0 ? 0 : contour.SeparationFrom(next, Metrics.SiblingGap);
            next.Shift(offset);
            contour.Merge(next);
            placed.Add((item, offset));
        }
        return placed;
    }

    private void Place(OrgNode node, double centreX, int depth, List<PlacedBox> boxes, List<PlacedEdge> edges)
    {
        var from = boxes.Count;
        var size = sizeOf(node);
        var items = _items.GetValueOrDefault(node) ?? [];
        // A bar's sites are where its grid's trunks meet it; the grid is centred under the bar (its offset is 0).
        var width = _bars.GetValueOrDefault(node, size.Width);
        var sites = items.Select(i => i.Item).OfType<LeafStack>().FirstOrDefault(s => s.HangsFromBar)?.Sites.Select(x => x + (width / 2)).ToList();
        var top = _levels.Top(depth);
        boxes.Add(new PlacedBox(node, centreX - (width / 2), top, width, size.Height, sites));
        var busY = top + _levels.Height(depth) + (Metrics.LevelGap / 2);
        var childTop = _levels.Top(depth + 1);
        foreach (var (item, offset) in items)
        {
            if (item is LeafStack stack)
            {
                var middle = centreX + offset;
                for (var i = 0; i < stack.Leaves.Count; i++)
                {
                    edges.Add(new PlacedEdge(from, boxes.Count, EdgeKind.Side, busY, middle + stack.Trunk(i), stack.Site(i)));
                    var leaf = stack.Size(i);
                    boxes.Add(new PlacedBox(stack.Leaves[i], middle + stack.BoxLeft(i), childTop + stack.Top(i), leaf.Width, leaf.Height));
                }
            }
            else
            {
                edges.Add(new PlacedEdge(from, boxes.Count, EdgeKind.Top, busY, 0));
                Place((OrgNode)item, centreX + offset, depth + 1, boxes, edges);
            }
        }
    }

    private static ChartLayout Normalised(List<PlacedBox> boxes, List<PlacedEdge> edges)
    {
        if (boxes.Count == 0)
        {
            return new ChartLayout([], [], 0, 0);
        }
        var minX = Math.Min(boxes.Min(b => b.X), edges.Where(e => e.Kind == EdgeKind.Side).Select(e => e.TrunkX).DefaultIfEmpty(double.MaxValue).Min());
        var shiftedBoxes = boxes.Select(b => b with { X = b.X - minX }).ToList();
        var shiftedEdges = edges.Select(e => e.Kind == EdgeKind.Side ? e with { TrunkX = e.TrunkX - minX } : e).ToList();
        return new ChartLayout(shiftedBoxes, shiftedEdges, shiftedBoxes.Max(b => b.X + b.Width), shiftedBoxes.Max(b => b.Bottom));
    }
}
