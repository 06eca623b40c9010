namespace OfficeInfra.Registers.Reading;

/// <summary>The area of an Excel table: header row, last data row and column span (0-based columns).</summary>
internal sealed record CellRange(int FirstRow, int LastRow, int FirstColumn, int LastColumn, bool HasHeader)
{
    /// <summary>Parses "B2:J40" (a single cell "B2" is a one-cell range).</summary>
    public static CellRange? Parse(string? reference, bool hasHeader, int totalsRows)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }
        var parts = reference.Split(':');
        var (c1, r1) = Split(parts[0]);
        var (c2, r2) = Split(parts[^1]);
        return r1 < 1 || r2 < 1 ? null : new CellRange(r1, r2 - totalsRows, c1, c2, hasHeader);
    }

    private static (int Column, int Row) Split(string cell)
    {
        var digits = cell.AsSpan().IndexOfAnyInRange('0', '9');
        var row = digits < 0 ? 0 : int.Parse(cell.AsSpan(digits), System.Globalization.CultureInfo.InvariantCulture);
        return (Findings.CellReference.ColumnIndex(cell.Replace("$", string.Empty, StringComparison.Ordinal)), row);
    }
}
