namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>Box and gap sizes of a chart at scale 1, in EMU (914400 per inch).</summary>
internal sealed record LayoutMetrics(
    double BoxWidth = 1_650_000,
    double BoxHeight = 700_000,
    double LevelGap = 400_000,
    double SiblingGap = 180_000,
    double StackIndent = 220_000,
    double StackGap = 130_000,
    double ColumnGap = 160_000,
    int MaxStackRows = 8,
    int MinStackLeaves = 3)
{
    /// <summary>Vertical distance between the tops of two tree levels.</summary>
    public double LevelPitch => BoxHeight + LevelGap;

    /// <summary>Vertical distance between the tops of two stacked boxes.</summary>
    public double StackPitch => BoxHeight + StackGap;
}
