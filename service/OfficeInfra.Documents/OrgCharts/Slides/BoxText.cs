namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// Type sizes in a box: the role's title at 12 pt, the other lines at 10 pt, the badge's letter at 9 pt. A chart
/// that does not fit its slide at these sizes gets more slides, never smaller type (<see cref="SmallestScale"/> is 1);
/// a small chart drawn larger gets type up to a fifth larger and roomier boxes.
/// </summary>
internal static class BoxText
{
    /// <summary>The smallest type in a box (the badge's letter), in points.</summary>
    public const double Floor = 9;

    private const double Title = 12;
    private const double Other = 10;

    /// <summary>The smallest chart scale: type as designed.</summary>
    public const double SmallestScale = 1;

    /// <summary>Font sizes (title, other lines) at a chart scale. Big boxes on small charts get room, not much larger type.</summary>
    public static (double Title, double Other) At(double scale)
    {
        var textScale = Math.Clamp(scale, SmallestScale, 1.2);
        return (HalfPoints(Title * textScale), HalfPoints(Other * textScale));
    }

    // Slides write sizes in half points (XmlNumbers.FontSize): rounded down, the text stays within the box it was measured for.
    private static double HalfPoints(double points) => Math.Floor((points * 2) + 1e-9) / 2;
}
