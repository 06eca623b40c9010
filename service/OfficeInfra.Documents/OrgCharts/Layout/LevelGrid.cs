namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>
/// Where each tree level of a page stands: a level is as tall as the tallest box placed on it (stacked leaves are
/// not on a level; their rows have their own heights), so one tall box makes its own level taller and no other.
/// </summary>
internal sealed class LevelGrid
{
    private readonly List<double> _heights = [];
    private readonly List<double> _tops = [];
    private readonly LayoutMetrics _metrics;

    public LevelGrid(IReadOnlyList<OrgNode> roots, LayoutMetrics metrics, Func<OrgNode, BoxDims> sizeOf)
    {
        _metrics = metrics;
        var pending = new Stack<(OrgNode Node, int Depth)>(roots.Select(r => (r, 0)));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            while (_heights.Count <= depth)
            {
                _heights.Add(metrics.BoxHeight);
            }
            _heights[depth] = Math.Max(_heights[depth], sizeOf(node).Height);
            var stacked = node.Children.Count(c => c.IsLeaf) >= metrics.MinStackLeaves;
            foreach (var child in node.Children.Where(c => !(stacked && c.IsLeaf)))
            {
                pending.Push((child, depth + 1));
            }
        }
    }

    /// <summary>The height of level <paramref name="depth"/>'s boxes (levels only stacks reach have the smallest box's).</summary>
    public double Height(int depth) => depth < _heights.Count ? _heights[depth] : _metrics.BoxHeight;

    /// <summary>The top edge of level <paramref name="depth"/>.</summary>
    public double Top(int depth)
    {
        while (_tops.Count <= depth)
        {
            var above = _tops.Count - 1;
            _tops.Add(above < 0 ? 0 : _tops[above] + Height(above) + _metrics.LevelGap);
        }
        return _tops[depth];
    }

    /// <summary>How many levels a block <paramref name="height"/> tall that starts at level <paramref name="depth"/>'s top reaches into.</summary>
    public int LevelsSpanned(int depth, double height)
    {
        var levels = 1;
        while (Top(depth + levels) < Top(depth) + height)
        {
            levels++;
        }
        return levels;
    }
}
