namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// Chooses font sizes so a box's text fits: scaled with the chart, then shrunk for long titles, never below a
/// floor a person can still read (the box's autofit takes over past that).
/// </summary>
internal static class BoxText
{
    public const double TitleFloor = 7;
    private const double SecondaryFloor = 6;
    private const double CharWidth = 0.52; // average glyph width as a share of the font size (Calibri)
    private const double LineHeight = 1.2;

    /// <summary>Font sizes (title, other lines) for a box whose text area is the given size in EMU.</summary>
    public static (double Title, double Other) Fit(string title, IReadOnlyList<string> others, double width, double height, double scale)
    {
        var widthPt = width / 12_700;
        var heightPt = height / 12_700;
        // Big boxes on small charts get room, not ever larger type.
        var textScale = Math.Min(scale, 1.2);
        var titleSize = Math.Max(TitleFloor, 12 * textScale);
        var otherSize = Math.Max(SecondaryFloor, 10 * textScale);
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var lines = Lines(title, titleSize, widthPt) * titleSize;
            lines += others.Sum(o => Lines(o, otherSize, widthPt) * otherSize);
            if ((lines * LineHeight) <= heightPt || (titleSize <= TitleFloor && otherSize <= SecondaryFloor))
            {
                break;
            }
            titleSize = Math.Max(TitleFloor, titleSize - 0.5);
            otherSize = Math.Max(SecondaryFloor, otherSize - 0.5);
        }
        return (titleSize, otherSize);
    }

    private static int Lines(string text, double size, double widthPt)
    {
        var perLine = Math.Max(1, (int)(widthPt / (size * CharWidth)));
        return Math.Max(1, (text.Length + perLine - 1) / perLine);
    }
}
