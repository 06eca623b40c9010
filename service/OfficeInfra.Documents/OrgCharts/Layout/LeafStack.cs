namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>
/// A manager's leaf reports stacked under it on both sides of a trunk line that drops from the manager's centre,
/// so a team grows downwards instead of across the slide. Each report's line is a single elbow: across to the
/// trunk, then up into the manager (the shape every renderer draws the same way). Each box keeps its own size: a
/// row is as tall as its taller box, a column as wide as its widest.
/// </summary>
internal sealed class LeafStack
{
    private readonly LayoutMetrics _metrics;
    private readonly BoxDims[] _sizes;
    private readonly double[] _rowTops;
    private readonly double _leftWidth;
    private readonly double _rightWidth;

    /// <param name="levelsSpanned">How many tree levels a block of a given height under the manager reaches into.</param>
    public LeafStack(IReadOnlyList<OrgNode> leaves, LayoutMetrics metrics, Func<OrgNode, BoxDims> sizeOf, Func<double, int> levelsSpanned)
    {
        _metrics = metrics;
        Leaves = leaves;
        Columns = leaves.Count > metrics.MaxStackRows ? 2 : 1;
        Rows = (leaves.Count + Columns - 1) / Columns;
        _sizes = leaves.Select(sizeOf).ToArray();
        _rowTops = new double[Rows];
        var y = 0.0;
        for (var row = 0; row < Rows; row++)
        {
            _rowTops[row] = y;
            var tallest = 0.0;
            for (var i = row * Columns; i < Math.Min(leaves.Count, (row + 1) * Columns); i++)
            {
                tallest = Math.Max(tallest, _sizes[i].Height);
            }
            y += tallest + metrics.StackGap;
        }
        Levels = levelsSpanned(y - metrics.StackGap);
        _leftWidth = Columns == 2 ? _sizes.Where((_, i) => i % 2 == 0).Max(s => s.Width) : 0;
        _rightWidth = _sizes.Where((_, i) => Columns == 1 || i % 2 == 1).Select(s => s.Width).DefaultIfEmpty(0).Max();
    }

    public IReadOnlyList<OrgNode> Leaves { get; }

    /// <summary>1 (right of the trunk) or 2 (both sides).</summary>
    public int Columns { get; }

    public int Rows { get; }

    /// <summary>How many tree levels the block spans (what its contour covers).</summary>
    public int Levels { get; }

    /// <summary>The size of leaf <paramref name="index"/>'s box.</summary>
    public BoxDims Size(int index) => _sizes[index];

    /// <summary>Left edge of leaf <paramref name="index"/>'s box, relative to the trunk (left-hand boxes end at the same distance from it).</summary>
    public double BoxLeft(int index) => IsLeftOfTrunk(index)
        ? -(_metrics.StackIndent + _sizes[index].Width)
        : _metrics.StackIndent;

    /// <summary>Top of leaf <paramref name="index"/>'s box, relative to the top of the stack (reading order: left, right, next row).</summary>
    public double Top(int index) => _rowTops[Columns == 2 ? index / 2 : index];

    public Contour Contour() => Layout.Contour.Block(
        Columns == 2 ? -(_metrics.StackIndent + _leftWidth) : -_metrics.StackIndent,
        _metrics.StackIndent + _rightWidth, Levels);

    private bool IsLeftOfTrunk(int index) => Columns == 2 && index % 2 == 0;
}
