using System.Globalization;

namespace OfficeInfra.Registers.Reading;

/// <summary>The text a user sees in a cell, whatever way the workbook stores it.</summary>
internal static class CellText
{
    /// <param name="type">The cell's <c>t</c> attribute (null means number).</param>
    /// <param name="raw">The text of its <c>v</c> element.</param>
    /// <param name="inline">The text of its inline string.</param>
    public static string Of(string? type, string raw, string inline, IReadOnlyList<string> sharedStrings)
    {
        switch (type)
        {
            case "inlineStr":
                return inline;
            case "s":
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < sharedStrings.Count
                    ? sharedStrings[i]
                    : string.Empty;
            case "b":
                return raw.Trim() switch { "1" => "TRUE", "0" => "FALSE", _ => raw };
            case null or "n":
                // Excel caches 0.1+0.2 style noise; 15 significant digits is what Excel itself shows.
                return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    ? d.ToString("G15", CultureInfo.InvariantCulture)
                    : raw;
            default:
                return raw; // str (formula text result), e (error), d (ISO date)
        }
    }
}
