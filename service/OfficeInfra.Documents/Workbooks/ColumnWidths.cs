namespace OfficeInfra.Documents.Workbooks;

/// <summary>
/// Column widths that fit a table's text: each column as wide as its longest cell, up to a most beyond which the text
/// wraps. Widths are in Excel's unit, the width of a digit; an East Asian character takes about two. A header of
/// several words may wrap onto two lines rather than widen a column of short values ("Done by nobody" over "0").
/// </summary>
internal static class ColumnWidths
{
    private const double Padding = 2, Least = 6, EastAsian = 2.1;

    /// <param name="rows">The header row, then the data rows.</param>
    /// <param name="most">Each column's widest.</param>
    public static double[] Of(IReadOnlyList<object[]> rows, IReadOnlyList<double> most)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(most);
        var widths = new double[most.Count];
        for (var c = 0; c < widths.Length; c++)
        {
            var header = rows.Count > 0 && c < rows[0].Length ? rows[0][c]?.ToString() ?? string.Empty : string.Empty;
            var need = HeaderNeed(header);
            for (var r = 1; r < rows.Count; r++)
            {
                need = Math.Max(need, Width(c < rows[r].Length ? Convert.ToString(rows[r][c], System.Globalization.CultureInfo.InvariantCulture) : null));
            }
            widths[c] = Math.Round(Math.Clamp(need + Padding, Least, Math.Max(Least, most[c])), 1);
        }
        return widths;
    }

    /// <summary>The text's width in digits.</summary>
    public static double Width(string? text) =>
        string.IsNullOrEmpty(text) ? 0 : text.Sum(c => c >= '\u2E80' ? EastAsian : 1.0);

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
