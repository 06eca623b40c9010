using System.Globalization;

namespace OfficeInfra.Documents.Workbooks;

/// <summary>
/// Column widths and row heights that fit a table's text, so a sheet prints readably from any program: each column as
/// wide as its longest cell, up to a most beyond which the text wraps, and each row as tall as its most wrapped cell
/// (LibreOffice does not grow a row for wrapped or East Asian text it did not lay out itself). Widths are in Excel's
/// unit, the width of a digit; an East Asian character takes about two. A header of several words may wrap onto two
/// lines rather than widen a column of short values ("Done by nobody" over "0").
/// </summary>
internal static class SheetFit
{
    private const double Padding = 2, Least = 6, EastAsianWidth = 2.1, BoldWidth = 1.1;
    private const double LatinLine = 15, EastAsianLine = 18.75;

    /// <param name="rows">The header row, then the data rows.</param>
    /// <param name="most">Each column's widest.</param>
    public static double[] Widths(IReadOnlyList<object[]> rows, IReadOnlyList<double> most)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(most);
        var widths = new double[most.Count];
        for (var c = 0; c < widths.Length; c++)
        {
            var need = HeaderNeed(Text(rows[0], c)) * BoldWidth;
            for (var r = 1; r < rows.Count; r++)
            {
                need = Math.Max(need, Width(Text(rows[r], c)));
            }
            widths[c] = Math.Round(Math.Clamp(need + Padding, Least, Math.Max(Least, most[c])), 1);
        }
        return widths;
    }

    /// <summary>The row's height in points: its most wrapped cell's lines.</summary>
    public static double Height(object[] row, IReadOnlyList<double> widths, bool bold)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(widths);
        var lines = 1;
        var eastAsian = false;
        for (var c = 0; c < row.Length && c < widths.Count; c++)
        {
            var text = Text(row, c);
            lines = Math.Max(lines, Lines(text, (widths[c] - 1) / (bold ? BoldWidth : 1)));
            eastAsian |= text.Any(IsEastAsian);
        }
        return lines * (eastAsian ? EastAsianLine : LatinLine);
    }

    /// <summary>The text's width in digits.</summary>
    public static double Width(string? text) =>
        string.IsNullOrEmpty(text) ? 0 : text.Sum(c => IsEastAsian(c) ? EastAsianWidth : 1.0);

    /// <summary>How many lines the text takes in a cell of the given width, wrapped between words (and between any two
    /// East Asian characters), a word longer than the line broken across lines; each line break starts a line.</summary>
    public static int Lines(string text, double width) =>
        string.IsNullOrEmpty(text) || width <= 0 ? 1
        : text.AsSpan().IndexOfAny('\r', '\n') < 0 ? WrappedLines(text, width)
        : Registers.Writing.XmlText.Lines(text).Sum(line => WrappedLines(line, width));

    private static int WrappedLines(string text, double width)
    {
        var lines = 1;
        var used = 0.0;
        foreach (var word in Words(text))
        {
            var w = Width(word.TrimEnd(' '));
            if (used > 0 && used + w > width)
            {
                lines++;
                used = 0;
            }
            while (w > width)
            {
                lines++;
                w -= width;
            }
            used += Width(word);
        }
        return lines;
    }

    // Each word with the space after it; every East Asian character a word of its own.
    private static IEnumerable<string> Words(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEastAsian(text[i]) || text[i] == ' ')
            {
                if (IsEastAsian(text[i]) && i > start)
                {
                    yield return text[start..i];
                    start = i;
                }
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static bool IsEastAsian(char c) => c >= '\u2E80';

    private static string Text(object[] row, int c) =>
        c < row.Length ? Convert.ToString(row[c], CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;

    // A short header stays on one line; a longer one may take two, but never splits a word.
    private static double HeaderNeed(string header)
    {
        var whole = Width(header);
        if (whole <= 12)
        {
            return whole;
        }
        var longestWord = header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Max(Width);
        return Math.Max(longestWord, Math.Ceiling(whole / 2));
    }
}
