namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>
/// A manager's leaf reports as a grid under it, read row by row, so that a team grows downwards and fills the slide
/// instead of running across it. Each box keeps its own size: a row is as tall as its tallest box, a column as wide
/// as its widest.
/// </summary>
/// <remarks>
/// Every report's line is one connector whose path a renderer that re-routes it (PowerPoint after a drag, LibreOffice
/// on opening) draws the same way: a single elbow, across from the report's side and up into the manager. Up to two
/// columns stand either side of a trunk that drops from the manager's centre. A wider grid hangs from the manager's
/// box drawn as a bar across the whole grid (<see cref="HangsFromBar"/>): each column has its own trunk on its left,
/// rising straight into a connection site of the bar's bottom edge (<see cref="Sites"/>).
/// </remarks>
internal sealed class LeafStack
{
    private readonly BoxDims[] _sizes;
    private readonly double[] _rowTops;
    private readonly double[] _trunks;
    private readonly double[] _boxLefts;

    /// <param name="levelsSpanned">How many tree levels a block of a given height under the manager reaches into.</param>
    public LeafStack(IReadOnlyList<OrgNode> leaves, LayoutMetrics metrics, Func<OrgNode, BoxDims> sizeOf, Func<double, int> levelsSpanned)
    {
        Leaves = leaves;
        Columns = Math.Max(1, (leaves.Count + metrics.MaxStackRows - 1) / metrics.MaxStackRows);
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
        var widths = new double[Columns];
        for (var i = 0; i < leaves.Count; i++)
        {
            widths[i % Columns] = Math.Max(widths[i % Columns], _sizes[i].Width);
        }
        (_trunks, _boxLefts) = (new double[Columns], new double[Columns]);
        if (HangsFromBar)
        {
            // The first trunk keeps clear of the bar's rounded corner; the grid is centred under the manager.
            var x = metrics.StackIndent / 2;
            for (var column = 0; column < Columns; column++)
            {
                _trunks[column] = x;
                _boxLefts[column] = x + metrics.StackIndent;
                x = _boxLefts[column] + widths[column] + metrics.ColumnGap;
            }
            var half = (x - metrics.ColumnGap) / 2;
            for (var column = 0; column < Columns; column++)
            {
                _trunks[column] -= half;
                _boxLefts[column] -= half;
            }
            (Left, Right) = (-half, half);
        }
        else
        {
            // One column right of the manager's trunk, or one either side of it.
            _boxLefts[^1] = metrics.StackIndent;
            if (Columns == 2)
            {
                _boxLefts[0] = -metrics.StackIndent - widths[0];
            }
            (Left, Right) = (Columns == 2 ? _boxLefts[0] : -metrics.StackIndent, metrics.StackIndent + widths[^1]);
        }
    }

    public IReadOnlyList<OrgNode> Leaves { get; }

    /// <summary>Columns of the grid.</summary>
    public int Columns { get; }

    public int Rows { get; }

    /// <summary>More than two columns: the manager's box is a bar as wide as the grid, each column hanging from it.</summary>
    public bool HangsFromBar => Columns > 2;

    /// <summary>How many tree levels the block spans (what its contour covers).</summary>
    public int Levels { get; }

    /// <summary>The block's left edge relative to the manager's centre (with a bar: the bar's left edge).</summary>
    public double Left { get; }

    /// <summary>The block's right edge relative to the manager's centre (with a bar: the bar's right edge).</summary>
    public double Right { get; }

    /// <summary>With a bar, where each column's trunk meets it, relative to the manager's centre (left to right); else empty.</summary>
    public IReadOnlyList<double> Sites => HangsFromBar ? _trunks : [];

    /// <summary>The size of leaf <paramref name="index"/>'s box.</summary>
    public BoxDims Size(int index) => _sizes[index];

    /// <summary>Left edge of leaf <paramref name="index"/>'s box, relative to the manager's centre.</summary>
    public double BoxLeft(int index) => _boxLefts[index % Columns];

    /// <summary>Where the trunk that leaf <paramref name="index"/> hangs from runs, relative to the manager's centre.</summary>
    public double Trunk(int index) => _trunks[index % Columns];

    /// <summary>With a bar, the index in <see cref="Sites"/> of the site leaf <paramref name="index"/> hangs from; else null.</summary>
    public int? Site(int index) => HangsFromBar ? index % Columns : null;

    /// <summary>Top of leaf <paramref name="index"/>'s box, relative to the top of the stack (reading order: across each row, then down).</summary>
    public double Top(int index) => _rowTops[index / Columns];

    public Contour Contour() => Layout.Contour.Block(Left, Right, Levels);
}
