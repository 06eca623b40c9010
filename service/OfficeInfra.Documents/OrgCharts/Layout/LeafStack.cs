namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>
/// A manager's leaf reports stacked under it on both sides of a trunk line that drops from the manager's centre,
/// so a team grows downwards instead of across the slide. Each report's line is a single elbow: across to the
/// trunk, then up into the manager (the shape every renderer draws the same way).
/// </summary>
internal sealed class LeafStack
{
    private readonly LayoutMetrics _metrics;

    public LeafStack(IReadOnlyList<OrgNode> leaves, LayoutMetrics metrics)
    {
        _metrics = metrics;
        Leaves = leaves;
        Columns = leaves.Count > metrics.MaxStackRows ? 2 : 1;
        Rows = (leaves.Count + Columns - 1) / Columns;
        Levels = (int)Math.Ceiling((((Rows - 1) * metrics.StackPitch) + metrics.BoxHeight) / metrics.LevelPitch);
    }

    public IReadOnlyList<OrgNode> Leaves { get; }

    /// <summary>1 (right of the trunk) or 2 (both sides).</summary>
    public int Columns { get; }

    public int Rows { get; }

    /// <summary>How many tree levels the block spans (what its contour covers).</summary>
    public int Levels { get; }

    /// <summary>Left edge of leaf <paramref name="index"/>'s box, relative to the trunk.</summary>
    public double BoxLeft(int index) => Columns == 2 && index % 2 == 0
        ? -(_metrics.StackIndent + _metrics.BoxWidth)
        : _metrics.StackIndent;

    /// <summary>Row of leaf <paramref name="index"/> (reading order: left, right, next row).</summary>
    public int RowOf(int index) => Columns == 2 ? index / 2 : index;

    public Contour Contour() => Layout.Contour.Block(
        Columns == 2 ? -(_metrics.StackIndent + _metrics.BoxWidth) : -_metrics.StackIndent,
        _metrics.StackIndent + _metrics.BoxWidth, Levels);
}
