namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>Gap sizes of a chart at scale 1, and the smallest box (boxes grow from it to hold their text), in EMU (914400 per inch).</summary>
internal sealed record LayoutMetrics(
    double BoxWidth = 1_650_000,
    double BoxHeight = 600_000,
    double LevelGap = 400_000,
    double SiblingGap = 180_000,
    double StackIndent = 220_000,
    double StackGap = 130_000,
    double ColumnGap = 160_000,
    int MaxStackRows = 8,
    int MinStackLeaves = 3)
{
    /// <summary>Vertical distance between the tops of two tree levels of the smallest boxes.</summary>
    public double LevelPitch => BoxHeight + LevelGap;
}
