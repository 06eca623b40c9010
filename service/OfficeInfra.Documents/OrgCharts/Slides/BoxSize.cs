using OfficeInfra.Documents.OrgCharts.Layout;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// The size of a chart's boxes, so that each box holds its own text at the chart's type size: a chart whose longest
/// text needs more lines gets taller boxes, and very long titles wider ones, instead of smaller type.
/// </summary>
internal static class BoxSize
{
    public const double BaseWidth = 1_650_000;
    public const double BaseHeight = 700_000;
    private const double CharWidth = 0.5; // average glyph width as a share of the size (Calibri); CJK glyphs are twice that
    private const double LineHeight = 1.2;
    private const double Wrap = 1.05; // words that do not fit at a line's end push it on

    /// <summary>Metrics whose boxes fit the longest text among <paramref name="paragraphs"/> (each box's runs at scale 1).</summary>
    public static LayoutMetrics Fitting(IEnumerable<IReadOnlyList<TextRun>> paragraphs)
    {
        var boxes = paragraphs.ToList();
        var width = BaseWidth;
        var height = boxes.Select(b => Needed(b, width)).DefaultIfEmpty(0).Max();
        if (height > 2.5 * BaseHeight)
        {
            width *= 2;
            height = boxes.Select(b => Needed(b, width)).Max();
        }
        return new LayoutMetrics(BoxWidth: width, BoxHeight: Math.Max(BaseHeight, Math.Ceiling(height / 10_000) * 10_000));
    }

    private static double Needed(IReadOnlyList<TextRun> runs, double width)
    {
        var inset = 45_720;
        return TextHeight(runs, width - ChartSlideWriter.BadgeDiameter(1) - (3 * inset)) + (2 * inset);
    }

    /// <summary>How tall <paramref name="runs"/> stand when wrapped in <paramref name="textWidth"/> (EMU, no insets).</summary>
    public static double TextHeight(IReadOnlyList<TextRun> runs, double textWidth)
    {
        var textWidthPt = textWidth / 12_700;
        return runs.Sum(r => Lines(r.Text, r.Points, textWidthPt) * r.Points * LineHeight) * 12_700;
    }

    private static int Lines(string text, double size, double widthPt)
    {
        var perLine = Math.Max(1, (int)(widthPt / (size * CharWidth)));
        return Math.Max(1, (int)Math.Ceiling(Width(text) * Wrap / perLine));
    }

    // Text width in Latin characters: Chinese, Japanese and Korean characters (and full-width forms) take a square
    // em, about two Latin characters of Calibri, so a Chinese title of 20 characters needs the room of 40.
    internal static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
        }
        return width;
    }

    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);
}
