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
    private const double CharWidth = 0.5; // average glyph width as a share of the size (Calibri)
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
        var textWidthPt = (width - ChartSlideWriter.BadgeDiameter(1) - (3 * inset)) / 12_700;
        var points = runs.Sum(r => Lines(r.Text, r.Points, textWidthPt) * r.Points * LineHeight);
        return (points * 12_700) + (2 * inset);
    }

    private static int Lines(string text, double size, double widthPt)
    {
        var perLine = Math.Max(1, (int)(widthPt / (size * CharWidth)));
        return Math.Max(1, (int)Math.Ceiling(text.Length * Wrap / perLine));
    }
}
