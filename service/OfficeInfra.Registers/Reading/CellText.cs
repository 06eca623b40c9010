using System.Globalization;

namespace OfficeInfra.Registers.Reading;

/// <summary>The text a user sees in a cell, whatever way the workbook stores it.</summary>
internal static class CellText
{
    public static CellType TypeOf(string? t) => t switch
    {
        null or "n" => CellType.Number,
        "s" => CellType.Shared,
        "inlineStr" => CellType.Inline,
        "b" => CellType.Boolean,
        _ => CellType.Text,
    };

    /// <param name="type">How the cell stores its value.</param>
    /// <param name="raw">The text of its <c>v</c> element.</param>
    /// <param name="inline">The text of its inline string.</param>
    public static string Of(CellType type, ReadOnlySpan<char> raw, ReadOnlySpan<char> inline, IReadOnlyList<string> sharedStrings, TextPool pool)
    {
        switch (type)
        {
            case CellType.Inline:
                return pool.Get(inline);
            case CellType.Shared:
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < sharedStrings.Count
                    ? sharedStrings[i]
                    : string.Empty;
            case CellType.Boolean:
                return raw.Trim() switch { "1" => "TRUE", "0" => "FALSE", _ => pool.Get(raw) };
            case CellType.Number:
                return Number(raw, pool);
            case CellType.Text:
            default:
                return pool.Get(raw);
        }
    }

    /// <summary>
    /// Excel caches 0.1+0.2 style noise; 15 significant digits is what Excel itself shows. A plain integer of up to 15
    /// digits already reads that way, so it is kept without a round trip through double.
    /// </summary>
    private static string Number(ReadOnlySpan<char> raw, TextPool pool)
    {
        if (IsPlainInteger(raw))
        {
            return pool.Get(raw);
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return pool.Get(raw);
        }
        Span<char> formatted = stackalloc char[32];
        return d.TryFormat(formatted, out var written, "G15", CultureInfo.InvariantCulture)
            ? pool.Get(formatted[..written])
            : d.ToString("G15", CultureInfo.InvariantCulture);
    }

    private static bool IsPlainInteger(ReadOnlySpan<char> raw)
    {
        var digits = raw.Length > 0 && raw[0] == '-' ? raw[1..] : raw;
        return digits.Length is > 0 and <= 15 && (digits[0] != '0' || digits.Length == 1) && !digits.ContainsAnyExceptInRange('0', '9');
    }
}
