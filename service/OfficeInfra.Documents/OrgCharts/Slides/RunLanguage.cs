using System.Text;
using OfficeInfra.Documents.OrgCharts.Text;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// The language a slide's text runs declare, which PowerPoint's spelling and line breaking follow. A DrawingML run has
/// one language (<c>lang</c>) and an alternative (<c>altLang</c>), not one per script as a Word run has; so in a
/// Chinese deck text is cut where the script changes, as PowerPoint cuts it when a person types: Chinese text is
/// zh-CN, Latin text (tool names, names written in Latin letters) en-US with the East Asian language zh-CN, so that
/// it is spelled and broken as Latin words, as the Word documents declare it.
/// </summary>
internal sealed class RunLanguage
{
    private readonly string _latin;
    private readonly string? _eastAsian;

    private RunLanguage(string latin, string? eastAsian)
    {
        _latin = latin;
        _eastAsian = eastAsian;
    }

    public static RunLanguage English { get; } = new("en-GB", null);
    public static RunLanguage Turkish { get; } = new("tr-TR", null);
    public static RunLanguage Chinese { get; } = new("en-US", "zh-CN");

    /// <summary>
    /// False for Chinese: CJK type has no italic (PowerPoint slants the glyphs, which reads as a fault), so a run that
    /// is italic in other languages is upright there, as the zh-Hans Word templates are. Emphasis stays in its colour.
    /// </summary>
    public bool HasItalics => _eastAsian is null;

    /// <summary>The language attributes of an empty paragraph's end mark: the deck's own language.</summary>
    public string EmptyParagraph => _eastAsian is null ? Attributes(_latin, null) : Attributes(_eastAsian, _latin);

    /// <summary>
    /// Appends <paramref name="text"/> as one run per stretch of one script, each line break as <c>&lt;a:br&gt;</c>: <c>&lt;a:r&gt;&lt;a:rPr</c>, the
    /// stretch's language attributes, <paramref name="properties"/> (the rest of the run's properties, from the first
    /// attribute after the language to <c>&lt;/a:rPr&gt;</c>), then the escaped text.
    /// </summary>
    public void AppendRuns(StringBuilder xml, string text, string properties)
    {
        var lines = Registers.Writing.XmlText.Lines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                // A line break inside a paragraph is an element of its own in DrawingML, carrying the run's properties.
                xml.Append("<a:br><a:rPr").Append(EmptyParagraph).Append(properties).Append("</a:br>");
            }
            AppendLine(xml, lines[i], properties);
        }
    }

    private void AppendLine(StringBuilder xml, string line, string properties)
    {
        if (_eastAsian is null)
        {
            AppendRun(xml, line, Attributes(_latin, null), properties);
            return;
        }
        foreach (var (start, length, wide) in Stretches(line))
        {
            AppendRun(xml, line.Substring(start, length), wide ? Attributes(_eastAsian, _latin) : Attributes(_latin, _eastAsian), properties);
        }
    }

    private static void AppendRun(StringBuilder xml, string text, string language, string properties) =>
        xml.Append("<a:r><a:rPr").Append(language).Append(properties).Append("<a:t>").Append(Registers.Writing.XmlText.Escape(text)).Append("</a:t></a:r>");

    private static string Attributes(string lang, string? altLang) =>
        altLang is null ? $" lang=\"{lang}\"" : $" lang=\"{lang}\" altLang=\"{altLang}\"";

    /// <summary>
    /// The text cut where it passes between Chinese (or Japanese, Korean) characters and letters of other scripts.
    /// Spaces, digits and punctuation belong to no script: they stay with the stretch before them (or, at the start,
    /// the one after), so that "第 3 页" or "Person 10" stays one run.
    /// </summary>
    internal static IEnumerable<(int Start, int Length, bool Wide)> Stretches(string text)
    {
        var (start, wide, known) = (0, false, false);
        for (var i = 0; i < text.Length;)
        {
            System.Text.Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            if (TextMeasure.IsWide(rune.Value) || System.Text.Rune.IsLetter(rune))
            {
                var isWide = TextMeasure.IsWide(rune.Value);
                if (known && isWide != wide)
                {
                    yield return (start, i - start, wide);
                    start = i;
                }
                (wide, known) = (isWide, true);
            }
            i += consumed;
        }
        if (text.Length > start || text.Length == 0)
        {
            yield return (start, text.Length - start, wide || !known);
        }
    }
}
