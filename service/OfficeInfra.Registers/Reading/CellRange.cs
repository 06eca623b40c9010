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
        // A damaged reference (outside Excel's grid, or reversed) is treated as no table range at all, so the
        // reader falls back to reading the sheet by its header row instead of trusting garbage.
        return Valid(c1, r1) && Valid(c2, r2) && r1 <= r2 && c1 <= c2
            ? new CellRange(r1, r2 - totalsRows, c1, c2, hasHeader)
            : null;
    }

    private static bool Valid(int column, int row) => column is >= 0 and < MaxColumns && row is >= 1 and <= MaxRows;

    /// <summary>Columns in Excel's grid (A to XFD).</summary>
    public const int MaxColumns = 16_384;

    private const int MaxRows = 1_048_576;

    private static (int Column, int Row) Split(string cell)
    {
        var letters = cell.Replace("$", string.Empty, StringComparison.Ordinal);
        var digits = letters.AsSpan().IndexOfAnyInRange('0', '9');
        if (digits is < 1 or > 3 || !int.TryParse(letters.AsSpan(digits), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var row))
        {
            return (-1, 0);
        }
        return (Findings.CellReference.ColumnIndex(letters), row);
    }
}
