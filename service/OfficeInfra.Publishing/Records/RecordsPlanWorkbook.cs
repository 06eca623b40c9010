using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeInfra.Documents.Filing;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Writing;

namespace OfficeInfra.Publishing.Records;

/// <summary>
/// <c>Records Plan.xlsx</c>: the library as a records manager reviews it before it goes live, the tables of
/// <see cref="RecordsPlanTables"/> as three Excel tables (one sheet each, header frozen, every value as text).
/// </summary>
public static class RecordsPlanWorkbook
{
    /// <summary>The workbook's file name.</summary>
    public const string FileName = "Records Plan.xlsx";

    private const uint TextStyle = 1, HeaderStyle = 2;

    /// <summary>Writes the plan of <paramref name="result"/> as an .xlsx package.</summary>
    public static void Write(Stream output, LibraryRunResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheets = new Sheets();
        uint id = 1;
        foreach (var table in RecordsPlanTables.Of(result))
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(part, table, Widths.GetValueOrDefault(table.Name) ?? [], id);
            sheets.Append(new Sheet { Name = table.Name, SheetId = id, Id = workbook.GetIdOfPart(part) });
            id++;
        }
        workbook.Workbook.Append(new BookViews(new WorkbookView()), sheets);
        document.PackageProperties.Title = "Records plan";
        document.PackageProperties.Creator = "OfficeInfra";
    }

    /// <summary>Writes the workbook to a file, replacing it.</summary>
    public static void Write(string path, LibraryRunResult result)
    {
        using var stream = File.Create(path);
        Write(stream, result);
    }

    // Column widths by table, in Excel's character units.
    private static readonly Dictionary<string, double[]> Widths = new(StringComparer.Ordinal)
    {
        ["Folders"] = [48, 24, 14, 28, 60, 22, 30],
        ["Documents"] = [60, 26, 24, 36, 14, 10, 14, 14, 30, 14, 30, 16],
        ["Retention Labels"] = [36, 12, 40, 48, 16, 18, 24],
    };

    private static void WriteSheet(WorksheetPart part, PlanTable table, double[] widths, uint id)
    {
        var (name, headers, rows) = (table.Name, table.Headers, table.Rows);
        // A table needs at least one data row: an empty list gets one blank row.
        var lastRow = Math.Max(rows.Count + 1, 2);
        var reference = $"A1:{Column(headers.Count - 1)}{lastRow}";
        var data = new SheetData(Row(1, headers, HeaderStyle));
        for (var i = 0; i < rows.Count; i++)
        {
            data.Append(Row(i + 2, rows[i], TextStyle));
        }
        var columns = new Columns();
        for (var c = 0; c < headers.Count; c++)
        {
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = c < widths.Length ? widths[c] : 20, CustomWidth = true });
        }
        var worksheet = new Worksheet(
            new SheetDimension { Reference = reference },
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { TabSelected = id == 1, WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            columns,
            data,
            new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        var tablePart = part.AddNewPart<TableDefinitionPart>();
        var tableColumns = new TableColumns { Count = (uint)headers.Count };
        for (var c = 0; c < headers.Count; c++)
        {
            tableColumns.Append(new TableColumn { Id = (uint)(c + 1), Name = headers[c] });
        }
        var tableName = name.Replace(" ", "", StringComparison.Ordinal);
        tablePart.Table = new Table(
            new AutoFilter { Reference = reference },
            tableColumns,
            new TableStyleInfo { Name = "TableStyleMedium2", ShowRowStripes = true, ShowColumnStripes = false, ShowFirstColumn = false, ShowLastColumn = false })
        {
            Id = id, Name = tableName, DisplayName = tableName, Reference = reference, TotalsRowShown = false,
        };
        worksheet.Append(new TableParts(new TablePart { Id = part.GetIdOfPart(tablePart) }) { Count = 1 });
        part.Worksheet = worksheet;
    }

    // Every value is written as text (a name such as "=1+1" stays text, never a formula).
    private static Row Row(int number, IReadOnlyList<string> values, uint style)
    {
        var row = new Row { RowIndex = (uint)number };
        for (var c = 0; c < values.Count; c++)
        {
            if (values[c].Length == 0)
            {
                continue;
            }
            row.Append(new Cell(new InlineString(new Text(XmlText.Clean(values[c])) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = Column(c) + number.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                StyleIndex = style,
            });
        }
        return row;
    }

    private static string Column(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }
        return letters;
    }

    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
            { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true }) { Count = 3 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
