using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeInfra.Testing;

/// <summary>A cell value written as a formula with a cached result.</summary>
public sealed record FormulaValue(string Formula, string CachedText);

/// <summary>A cell value written as an inline string (rather than a shared string).</summary>
public sealed record InlineText(string Text);

/// <summary>One sheet of a <see cref="RawWorkbook"/>: rows of values, optionally a table over a range.</summary>
/// <param name="Rows">Row 1 first; null rows are left out (blank rows). Values: string (shared), InlineText,
/// number, bool, FormulaValue, or null (no cell).</param>
/// <param name="FirstColumn">0-based column where each row starts.</param>
/// <param name="Table">Table name and reference (e.g. "B2:D5"), or null for a plain range.</param>
public sealed record RawSheet(string Name, IReadOnlyList<object?[]?> Rows, int FirstColumn = 0, (string Name, string Reference)? Table = null);

/// <summary>Writes workbooks cell by cell, the way other programs may, to test the reader on what it will meet.</summary>
public static class RawWorkbook
{
    /// <summary>The workbook as bytes.</summary>
    public static byte[] Create(string? title, params RawSheet[] sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var shared = new List<string>();
            var sheetList = new Sheets();
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < sheet.Rows.Count; r++)
                {
                    if (sheet.Rows[r] is not { } values)
                    {
                        continue;
                    }
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < values.Length; c++)
                    {
                        if (values[c] is { } value)
                        {
                            row.Append(Cell(Letters(sheet.FirstColumn + c) + (r + 1).ToString(CultureInfo.InvariantCulture), value, shared));
                        }
                    }
                    data.Append(row);
                }
                var worksheet = new Worksheet(data);
                if (sheet.Table is { } table)
                {
                    var headers = sheet.Rows.First(r => r is not null)!;
                    var tablePart = part.AddNewPart<TableDefinitionPart>();
                    var columns = new TableColumns { Count = (uint)headers.Length };
                    for (var c = 0; c < headers.Length; c++)
                    {
                        columns.Append(new TableColumn { Id = (uint)(c + 1), Name = headers[c]?.ToString() ?? $"Column{c + 1}" });
                    }
                    tablePart.Table = new Table(new AutoFilter { Reference = table.Reference }, columns)
                    { Id = id, Name = table.Name, DisplayName = table.Name, Reference = table.Reference };
                    worksheet.Append(new TableParts(new TablePart { Id = part.GetIdOfPart(tablePart) }) { Count = 1 });
                }
                part.Worksheet = worksheet;
                sheetList.Append(new Sheet { Name = sheet.Name, SheetId = id, Id = workbookPart.GetIdOfPart(part) });
                id++;
            }
            workbookPart.Workbook.Append(sheetList);
            if (shared.Count > 0)
            {
                var sst = workbookPart.AddNewPart<SharedStringTablePart>();
                sst.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            }
            if (title is not null)
            {
                document.PackageProperties.Title = title;
            }
        }
        return stream.ToArray();
    }

    private static Cell Cell(string reference, object value, List<string> shared) => value switch
    {
        string s => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Index(shared, s)) },
        InlineText t => new Cell(new InlineString(new Text(t.Text))) { CellReference = reference, DataType = CellValues.InlineString },
        bool b => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
        FormulaValue f => new Cell(new CellFormula(f.Formula), new CellValue(f.CachedText)) { CellReference = reference, DataType = CellValues.String },
        IConvertible n => new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToString(n, CultureInfo.InvariantCulture)!) },
        _ => throw new ArgumentException($"Unsupported cell value {value}."),
    };

    private static string Index(List<string> shared, string s)
    {
        var i = shared.IndexOf(s);
        if (i < 0)
        {
            shared.Add(s);
            i = shared.Count - 1;
        }
        return i.ToString(CultureInfo.InvariantCulture);
    }

    private static string Letters(int index) => OfficeInfra.Registers.Findings.CellReference.ColumnLetters(index);
}
