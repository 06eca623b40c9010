namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// Type sizes in a box. They follow the chart's scale but never go below <see cref="Floor"/> at 100 % zoom: a chart
/// that would need smaller type gets more slides instead (<see cref="SmallestScale"/> is what the paginator allows).
/// </summary>
internal static class BoxText
{
    /// <summary>The smallest type in a box, in points.</summary>
    public const double Floor = 9;

    private const double Title = 12;
    private const double Other = 10;

    /// <summary>The smallest chart scale: the holder line (10 pt at scale 1) stays at the floor.</summary>
    public const double SmallestScale = Floor / Other;

    /// <summary>Font sizes (title, other lines) at a chart scale. Big boxes on small charts get room, not larger type.</summary>
    public static (double Title, double Other) At(double scale)
    {
        var textScale = Math.Clamp(scale, SmallestScale, 1.2);
        return (Title * textScale, Other * textScale);
    }
}
