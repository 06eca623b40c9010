using OfficeInfra.Documents.OrgCharts.Layout;
using OfficeInfra.Documents.OrgCharts.Text;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// The size of one box at scale 1: as wide as its words need (a long title takes a wider box, up to
/// <see cref="Widths"/>' last, then wraps) and as tall as its wrapped text, never smaller than the smallest box.
/// Each box is measured on its own, so one long title changes its own box and no other.
/// </summary>
internal static class BoxSize
{
    /// <summary>The widths a box may take, narrowest first (the widest holds 300 characters of title in five lines).</summary>
    public static IReadOnlyList<double> Widths { get; } = [1_650_000, 2_200_000, 2_750_000, 3_300_000, 4_400_000, 5_500_000];

    public const double MinHeight = 600_000;

    /// <summary>The text's distance from the box's edges (top and bottom take half each).</summary>
    public const double Inset = 45_720;

    /// <summary>The role-type badge's diameter; it sits in the box's left margin.</summary>
    public const double BadgeDiameter = 210_000;

    // A title of more lines than this, or a box taller than this, takes a wider box when there is one.
    private const int TitleLines = 3;
    private const double TallestNarrow = 1_100_000;

    private const double EmuPerPoint = 12_700;

    /// <summary>The box for <paramref name="paragraphs"/> (the first being the title), with a badge on its left or not.</summary>
    public static BoxDims Of(IReadOnlyList<TextRun> paragraphs, bool badge)
    {
        // Text broken into lines by hand keeps the lines it was given, however wide the box: its box is allowed the
        // height those lines need, so it is not widened in vain.
        var typed = paragraphs.Any(p => p.Text.AsSpan().IndexOfAny('\r', '\n') >= 0);
        var tallest = typed ? Math.Max(TallestNarrow, Needed(paragraphs, Widths[^1], badge)) : TallestNarrow;
        var titleLines = typed && paragraphs.Count > 0 ? Math.Max(TitleLines, Registers.Writing.XmlText.Lines(paragraphs[0].Text).Length) : TitleLines;
        var width = Widths.FirstOrDefault(w => Holds(paragraphs, w, badge, titleLines, tallest), Widths[^1]);
        return new BoxDims(width, Math.Max(MinHeight, Math.Ceiling(Needed(paragraphs, width, badge) / 10_000) * 10_000));
    }

    /// <summary>The width left for text in a box <paramref name="boxWidth"/> wide (EMU): the badge and its margins, or the insets, taken off.</summary>
    public static double TextWidth(double boxWidth, bool badge) => boxWidth - (badge ? BadgeDiameter + (3 * Inset) : 2 * Inset);

    /// <summary>The text's height when it is fitted in a box <paramref name="boxWidth"/> wide (EMU), insets included.</summary>
    public static double Needed(IReadOnlyList<TextRun> paragraphs, double boxWidth, bool badge) =>
        TextHeight(paragraphs, TextWidth(boxWidth, badge)) + Inset;

    /// <summary>How tall <paramref name="runs"/> stand when wrapped in <paramref name="textWidth"/> (EMU, no insets), in EMU.</summary>
    public static double TextHeight(IReadOnlyList<TextRun> runs, double textWidth) =>
        TextMeasure.Height(runs, textWidth / EmuPerPoint) * EmuPerPoint;

    // No word breaks inside, the title keeps to a few lines and the box to a height that leaves room for levels below.
    private static bool Holds(IReadOnlyList<TextRun> paragraphs, double boxWidth, bool badge, int titleLines, double tallest)
    {
        var widthPoints = TextWidth(boxWidth, badge) / EmuPerPoint;
        return paragraphs.All(p => TextMeasure.WidestWord(p.Text, p.Points, p.Bold) <= widthPoints) &&
            (paragraphs.Count == 0 || TextMeasure.Lines(paragraphs[0].Text, paragraphs[0].Points, paragraphs[0].Bold, widthPoints) <= titleLines) &&
            Needed(paragraphs, boxWidth, badge) <= tallest;
    }
}
