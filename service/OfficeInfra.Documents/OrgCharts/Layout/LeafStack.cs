namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>
/// A manager's leaf reports stacked in columns under it, each column with a trunk line on its left, so that a
/// group of many reports grows downwards instead of across the slide.
/// </summary>
internal sealed class LeafStack
{
    private readonly LayoutMetrics _metrics;

    public LeafStack(IReadOnlyList<OrgNode> leaves, LayoutMetrics metrics)
    {
        _metrics = metrics;
        Leaves = leaves;
        Columns = (leaves.Count + metrics.MaxStackRows - 1) / metrics.MaxStackRows;
        Rows = (leaves.Count + Columns - 1) / Columns;
        Width = (Columns * (metrics.StackIndent + metrics.BoxWidth)) + ((Columns - 1) * metrics.ColumnGap);
        Levels = (int)Math.Ceiling((((Rows - 1) * metrics.StackPitch) + metrics.BoxHeight) / metrics.LevelPitch);
    }

    public IReadOnlyList<OrgNode> Leaves { get; }

    public int Columns { get; }

    public int Rows { get; }

    /// <summary>Width of the whole block, trunks included.</summary>
    public double Width { get; }

    /// <summary>How many tree levels the block spans (what its contour covers).</summary>
    public int Levels { get; }

    /// <summary>Left edge of a column relative to the block's centre.</summary>
    public double ColumnLeft(int column) =>
        (-Width / 2) + (column * (_metrics.StackIndent + _metrics.BoxWidth + _metrics.ColumnGap));

    /// <summary>The trunk's x of a column, relative to the block's centre.</summary>
    public double TrunkX(int column) => ColumnLeft(column) + (_metrics.StackIndent / 2);

    public Contour Contour() => Layout.Contour.Block(-Width / 2, Width / 2, Levels);
}
