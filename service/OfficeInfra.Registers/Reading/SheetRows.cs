using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Reading;

/// <summary>
/// Streams one worksheet (never a DOM of it), finds the header, maps header texts to register columns and returns
/// the non-blank data rows.
/// </summary>
internal sealed class SheetRows
{
    private readonly RegisterSheet _register;
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly CellRange? _range;
    private readonly RegisterLayout _layout;
    private readonly List<RawRow> _rows = [];
    private readonly List<(int Column, string Text)> _cells = [];
    private readonly StringBuilder _value = new();
    private readonly StringBuilder _inline = new();
    private int[]? _map; // worksheet column → register column, -1 when unknown

    private SheetRows(RegisterSheet register, IReadOnlyList<string> sharedStrings, CellRange? range, RegisterLayout layout)
    {
        _register = register;
        _sharedStrings = sharedStrings;
        _range = range;
        _layout = layout;
    }

    public static List<RawRow> Read(WorksheetPart part, RegisterSheet register, IReadOnlyList<string> sharedStrings,
        CellRange? range, RegisterLayout layout) => new SheetRows(register, sharedStrings, range, layout).Read(part);

    private List<RawRow> Read(WorksheetPart part)
    {
        using var xml = PartXml.Open(part);
        int rowNumber = 0, column = -1, target = 0, phonetic = 0; // target: 1 = <v>, 2 = inline <t>
        string? cellType = null;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "row":
                        rowNumber = Number(xml.GetAttribute("r")) ?? rowNumber + 1;
                        column = -1;
                        _cells.Clear();
                        if (xml.IsEmptyElement && !EndRow(rowNumber))
                        {
                            return _rows;
                        }
                        break;
                    case "c":
                        column = xml.GetAttribute("r") is { } reference ? CellReference.ColumnIndex(reference) : column + 1;
                        cellType = xml.GetAttribute("t");
                        _value.Clear();
                        _inline.Clear();
                        if (xml.IsEmptyElement)
                        {
                            EndCell(column, cellType);
                        }
                        break;
                    case "v" when !xml.IsEmptyElement:
                        target = 1;
                        break;
                    case "t" when !xml.IsEmptyElement && phonetic == 0:
                        target = 2;
                        break;
                    case "rPh" when !xml.IsEmptyElement:
                        phonetic++;
                        break;
                }
            }
            else if (PartXml.IsText(xml.NodeType))
            {
                (target == 1 ? _value : target == 2 ? _inline : null)?.Append(xml.Value);
            }
            else if (xml.NodeType == XmlNodeType.EndElement)
            {
                switch (xml.LocalName)
                {
                    case "v" or "t":
                        target = 0;
                        break;
                    case "rPh":
                        phonetic--;
                        break;
                    case "c":
                        EndCell(column, cellType);
                        break;
                    case "row" when !EndRow(rowNumber):
                        return _rows;
                }
            }
        }
        return _rows;
    }

    private void EndCell(int column, string? type)
    {
        if (_range is not null && (column < _range.FirstColumn || column > _range.LastColumn))
        {
            return;
        }
        var text = CellText.Of(type, _value.ToString(), _inline.ToString(), _sharedStrings);
        if (text.Length > 0)
        {
            _cells.Add((column, text));
        }
    }

    /// <summary>Handles a finished row; false when the table's range is over.</summary>
    private bool EndRow(int rowNumber)
    {
        if (_range is not null && rowNumber < _range.FirstRow)
        {
            return true;
        }
        if (_range is not null && rowNumber > _range.LastRow)
        {
            return false;
        }
        if (_map is null)
        {
            if (_cells.Count > 0 || (_range is not null && _range.HasHeader))
            {
                _map = Header();
            }
            return true;
        }
        var values = new string?[_register.Columns.Count];
        var any = false;
        foreach (var (column, text) in _cells)
        {
            if (column < _map.Length && _map[column] >= 0 && !string.IsNullOrWhiteSpace(text))
            {
                values[_map[column]] = text;
                any = true;
            }
        }
        if (any)
        {
            _rows.Add(new RawRow(rowNumber, values));
        }
        return true;
    }

    private int[] Header()
    {
        var map = new int[_cells.Count == 0 ? 0 : _cells.Max(c => c.Column) + 1];
        Array.Fill(map, -1);
        foreach (var (column, text) in _cells)
        {
            var index = _register.IndexOf(text);
            // The first column with a given header wins; a repeated header is ignored like any unknown column.
            if (index >= 0 && !map.Contains(index))
            {
                map[column] = index;
                _layout.Add(_register.Name, _register.Columns[index], CellReference.ColumnLetters(column));
            }
        }
        return map;
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The shared string table, streamed; rich text runs are joined, phonetic runs left out.</summary>
    public static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }
        using var xml = PartXml.Open(part);
        var text = new StringBuilder();
        bool inText = false;
        var phonetic = 0;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "si":
                    text.Clear();
                    if (xml.IsEmptyElement)
                    {
                        strings.Add(string.Empty);
                    }
                    break;
                case XmlNodeType.Element when xml.LocalName == "t" && !xml.IsEmptyElement:
                    inText = phonetic == 0;
                    break;
                case XmlNodeType.Element when xml.LocalName == "rPh" && !xml.IsEmptyElement:
                    phonetic++;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "t":
                    inText = false;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "rPh":
                    phonetic--;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "si":
                    strings.Add(text.ToString());
                    break;
                default:
                    if (inText && PartXml.IsText(xml.NodeType))
                    {
                        text.Append(xml.Value);
                    }
                    break;
            }
        }
        return strings;
    }
}
