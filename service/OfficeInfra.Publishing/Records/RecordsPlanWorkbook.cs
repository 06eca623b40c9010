using OfficeInfra.Documents.Workbooks;
using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Publishing.Records;

/// <summary>
/// <c>Records Plan.xlsx</c>: the library as a records manager reviews it before it goes live, the tables of
/// <see cref="RecordsPlanTables"/> as three Excel tables (one sheet each, header frozen, every value as text), written
/// by the same writer as the library's other workbooks, so the same plan gives the same bytes.
/// </summary>
public static class RecordsPlanWorkbook
{
    /// <summary>The workbook's file name.</summary>
    public const string FileName = "Records Plan.xlsx";

    /// <summary>The workbook's title; with OfficeInfra as its creator, how the product knows the file as its own.</summary>
    public const string Title = "Records plan";

    /// <summary>Writes the plan of <paramref name="result"/> as an .xlsx package.</summary>
    public static void Write(Stream output, LibraryRunResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var sheets = RecordsPlanTables.Of(result).Select(table => new TableSheet(table.Name, table.Name.Replace(" ", "", StringComparison.Ordinal),
            table.Headers, Widths(table), [.. table.Rows.Select(row => (IReadOnlyList<TableCell>)[.. row.Select(value => (TableCell)value)])])).ToList();
        output.Write(TableWorkbookWriter.Write(sheets, Title));
    }

    /// <summary>Writes the workbook to a file, replacing it.</summary>
    public static void Write(string path, LibraryRunResult result)
    {
        using var stream = File.Create(path);
        Write(stream, result);
    }

    // Column widths by table, in Excel's character units; a column the table has beyond them is 20 wide.
    private static readonly Dictionary<string, double[]> KnownWidths = new(StringComparer.Ordinal)
    {
        ["Folders"] = [48, 24, 14, 28, 60, 22, 30],
        ["Documents"] = [60, 26, 24, 36, 14, 10, 14, 14, 30, 14, 30, 16],
        ["Retention Labels"] = [36, 12, 40, 48, 16, 18, 24],
    };

    private static double[] Widths(PlanTable table)
    {
        var known = KnownWidths.GetValueOrDefault(table.Name) ?? [];
        return [.. table.Headers.Select((_, c) => c < known.Length ? known[c] : 20)];
    }
}
