using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Reading;

/// <summary>
/// Streams one worksheet row by row (only one row is ever held as a DOM), finds the header, maps header texts to
/// register columns and returns the non-blank data rows.
/// </summary>
internal static class SheetRows
{
    public static List<RawRow> Read(WorksheetPart part, RegisterSheet register, IReadOnlyList<string> sharedStrings,
        CellRange? range, RegisterLayout layout)
    {
        var rows = new List<RawRow>();
        int[]? map = null; // worksheet column → register column, -1 when unknown
        var rowNumber = 0;
        using var reader = OpenXmlReader.Create(part);
        while (!reader.EOF)
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                reader.Read();
                continue;
            }
            var row = (Row)reader.LoadCurrentElement()!;
            rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
            if (range is not null && rowNumber < range.FirstRow)
            {
                continue;
            }
            if (range is not null && rowNumber > range.LastRow)
            {
                break;
            }
            var cells = Cells(row, sharedStrings, range);
            if (map is null)
            {
                if (cells.Count == 0 && (range is null || !range.HasHeader))
                {
                    continue;
                }
                map = Header(cells, register, layout);
                continue;
            }
            var values = new string?[register.Columns.Count];
            var any = false;
            foreach (var (column, text) in cells)
            {
                if (column < map.Length && map[column] >= 0 && !string.IsNullOrWhiteSpace(text))
                {
                    values[map[column]] = text;
                    any = true;
                }
            }
            if (any)
            {
                rows.Add(new RawRow(rowNumber, values));
            }
        }
        return rows;
    }

    private static int[] Header(List<(int Column, string Text)> cells, RegisterSheet register, RegisterLayout layout)
    {
        var map = new int[cells.Count == 0 ? 0 : cells.Max(c => c.Column) + 1];
        Array.Fill(map, -1);
        foreach (var (column, text) in cells)
        {
            var index = register.IndexOf(text);
            // The first column with a given header wins; a repeated header is ignored like any unknown column.
            if (index >= 0 && !map.Contains(index))
            {
                map[column] = index;
                layout.Add(register.Name, register.Columns[index], CellReference.ColumnLetters(column));
            }
        }
        return map;
    }

    private static List<(int Column, string Text)> Cells(Row row, IReadOnlyList<string> sharedStrings, CellRange? range)
    {
        var cells = new List<(int, string)>();
        var column = -1;
        foreach (var cell in row.Elements<Cell>())
        {
            column = cell.CellReference?.Value is { } reference ? CellReference.ColumnIndex(reference) : column + 1;
            if (range is not null && (column < range.FirstColumn || column > range.LastColumn))
            {
                continue;
            }
            var text = CellText.Of(cell, sharedStrings);
            if (text.Length > 0)
            {
                cells.Add((column, text));
            }
        }
        return cells;
    }

    public static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }
        using var reader = OpenXmlReader.Create(part);
        while (!reader.EOF)
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(CellText.Of((SharedStringItem)reader.LoadCurrentElement()!));
            }
            else
            {
                reader.Read();
            }
        }
        return strings;
    }
}
