using OfficeInfra.Documents.OrgCharts.Slides;

namespace OfficeInfra.Documents.OrgCharts.Text;

/// <summary>
/// How much room text takes in a chart's boxes, measured with Calibri's own advance widths and wrapped as PowerPoint
/// wraps a text box: at spaces, between any two Chinese, Japanese or Korean characters, and inside a word only when
/// the word alone is wider than the line. The layout sizes boxes with it, and the tests check boxes with it.
/// </summary>
internal static class TextMeasure
{
    // Kerning and hinting can move a line by a hair; the boxes keep this much in hand so that text never wraps early.
    private const double Safety = 1.03;

    // Characters the width table does not hold (Greek, Cyrillic, Arabic…): a little wider than an average Latin one.
    private const double OtherEm = 0.6;

    // Emoji take a square and a little more in the colour emoji fonts.
    private const double EmojiEm = 1.25;

    /// <summary>The width of <paramref name="text"/> unwrapped (its widest line, when it holds line breaks), in points.</summary>
    public static double Width(string text, double points, bool bold) =>
        (Broken(text) ? Registers.Writing.XmlText.Lines(text).Max(line => Ems(line, bold)) : Ems(text, bold)) * points * Safety;

    private static double Ems(string line, bool bold)
    {
        var em = 0.0;
        foreach (var rune in line.EnumerateRunes())
        {
            em += Em(rune.Value, bold);
        }
        return em;
    }

    // Most text holds no line break: it is measured as it is, without cutting it into lines first.
    private static bool Broken(string text) => text.AsSpan().IndexOfAny('\r', '\n') >= 0;

    /// <summary>How many lines <paramref name="text"/> takes in a box whose text is <paramref name="widthPoints"/> wide;
    /// each line break in it starts a line, as the slide writes it (<see cref="RunLanguage"/>).</summary>
    public static int Lines(string text, double points, bool bold, double widthPoints) => Broken(text)
        ? Registers.Writing.XmlText.Lines(text).Sum(line => WrappedLines(line, points, bold, widthPoints))
        : WrappedLines(text, points, bold, widthPoints);

    private static int WrappedLines(string text, double points, bool bold, double widthPoints)
    {
        var lines = 1;
        var line = 0.0; // width of the line so far, trailing spaces excluded
        var spaces = 0.0; // width of the spaces after it, which count only if more text follows on the line
        foreach (var (word, trailing) in Pieces(text, points, bold))
        {
            if (line > 0 && line + spaces + word > widthPoints)
            {
                lines++;
                (line, spaces) = (0, 0);
            }
            if (line == 0 && word > widthPoints)
            {
                // A word wider than the line is broken inside: it fills whole lines and leaves the rest on the last one.
                lines += (int)Math.Ceiling(word / widthPoints) - 1;
                line = word - (Math.Ceiling(word / widthPoints) - 1) * widthPoints;
            }
            else
            {
                line += spaces + word;
            }
            spaces = trailing;
        }
        return lines;
    }

    /// <summary>The height of <paramref name="paragraphs"/> (one paragraph each) wrapped in <paramref name="widthPoints"/>, in points.</summary>
    public static double Height(IEnumerable<TextRun> paragraphs, double widthPoints) =>
        paragraphs.Sum(p => Lines(p.Text, p.Points, p.Bold, widthPoints) * p.Points * CalibriWidths.LineHeight);

    /// <summary>The widest word of <paramref name="text"/> (what a line must hold for no word to break), in points.</summary>
    public static double WidestWord(string text, double points, bool bold) =>
        (Broken(text) ? Registers.Writing.XmlText.Lines(text).SelectMany(line => Pieces(line, points, bold)) : Pieces(text, points, bold))
            .Select(p => p.Word).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The text cut where a line may break: each piece's width and the width of the spaces after it. A Chinese,
    /// Japanese or Korean character is a piece of its own, since a line may break before and after it.
    /// </summary>
    private static IEnumerable<(double Word, double Trailing)> Pieces(string text, double points, bool bold)
    {
        var scale = points * Safety;
        var (word, trailing) = (0.0, 0.0);
        foreach (var rune in text.EnumerateRunes())
        {
            var width = Em(rune.Value, bold) * scale;
            if (rune.Value == ' ')
            {
                trailing += width;
                continue;
            }
            if (trailing > 0 || IsWide(rune.Value))
            {
                if (word > 0 || trailing > 0)
                {
                    yield return (word, trailing);
                }
                (word, trailing) = (0, 0);
            }
            word += width;
            if (IsWide(rune.Value))
            {
                yield return (word, 0);
                word = 0;
            }
        }
        if (word > 0 || trailing > 0)
        {
            yield return (word, trailing);
        }
    }

    private static double Em(int codePoint, bool bold) =>
        CalibriWidths.Of(codePoint, bold) is { } units ? (double)units / CalibriWidths.UnitsPerEm
        : IsWide(codePoint) ? 1
        : codePoint >= 0x1F000 ? EmojiEm
        : OtherEm;

    /// <summary>Chinese, Japanese and Korean characters and full-width forms: a square em each.</summary>
    public static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);
}
