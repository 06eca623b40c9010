using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeInfra.Registers.Reading;

/// <summary>The text a user sees in a cell, whatever way the workbook stores it.</summary>
internal static class CellText
{
    public static string Of(Cell cell, IReadOnlyList<string> sharedStrings)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is null ? string.Empty : Of(cell.InlineString);
        }
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < sharedStrings.Count
                ? sharedStrings[i]
                : string.Empty;
        }
        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw;
        }
        if (type is null || type == CellValues.Number)
        {
            // Excel stores 0.1+0.2 style noise in the cache; 15 significant digits is what Excel itself shows.
            return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? d.ToString("G15", CultureInfo.InvariantCulture)
                : raw;
        }
        return raw; // str (formula string result), e (error), d (ISO date)
    }

    /// <summary>Text of a shared-string item or inline string: plain text, or its rich-text runs (never phonetic runs).</summary>
    public static string Of(DocumentFormat.OpenXml.OpenXmlCompositeElement item)
    {
        var text = item.GetFirstChild<Text>();
        if (text is not null)
        {
            return text.Text;
        }
        var builder = new StringBuilder();
        foreach (var run in item.Elements<Run>())
        {
            builder.Append(run.Text?.Text);
        }
        return builder.ToString();
    }
}
