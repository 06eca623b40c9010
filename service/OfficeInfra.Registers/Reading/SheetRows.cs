using System.Globalization;
using System.Xml;
using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Reading;

/// <summary>
/// Streams one worksheet (never a DOM of it), finds the header, maps header texts to register columns and returns
/// hands each non-blank data row on as it ends (at most <see cref="XlsxReadOptions.MaxRowsPerRegister"/>). Cell texts
/// are copied into reused buffers and short ones interned, so a blank or repeated cell allocates nothing.
/// </summary>
internal sealed class SheetRows
{
    private readonly RegisterSheet _register;
    private readonly string _sheet;
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly CellRange? _range;
    private readonly RegisterLayout _layout;
    private readonly XlsxReadOptions _options;
    private readonly TextPool _pool;
    private readonly Action<RawRow> _onRow;
    private readonly RawRow _row;
    private int _rowCount;
    private readonly List<(int Column, string Text)> _cells = [];
    private readonly CellBuffer _value;
    private readonly CellBuffer _inline;
    private int[]? _map; // worksheet column → register column, -1 when unknown

    private SheetRows(RegisterSheet register, string sheet, IReadOnlyList<string> sharedStrings, CellRange? range,
        RegisterLayout layout, XlsxReadOptions options, TextPool pool, Action<RawRow> onRow)
    {
        _register = register;
        _sheet = sheet;
        _sharedStrings = sharedStrings;
        _range = range;
        _layout = layout;
        _options = options;
        _pool = pool;
        _onRow = onRow;
        _row = new RawRow(register.Columns.Count);
        _value = new CellBuffer(options.MaxCellCharacters);
        _inline = new CellBuffer(options.MaxCellCharacters);
    }

    /// <summary>Reads the register's rows, calling <paramref name="onRow"/> with each (the row object is reused).</summary>
    public static void Read(XlsxPackage package, WorksheetEntry sheet, RegisterSheet register,
        IReadOnlyList<string> sharedStrings, CellRange? range, RegisterLayout layout, TextPool pool, Action<RawRow> onRow)
    {
        using var xml = package.Open(sheet.Part);
        new SheetRows(register, sheet.Name, sharedStrings, range, layout, package.Options, pool, onRow).Read(xml);
    }

    private void Read(XmlReader xml)
    {
        var names = xml.NameTable;
        object row = names.Add("row"), c = names.Add("c"), v = names.Add("v"), t = names.Add("t"), rPh = names.Add("rPh");
        int rowNumber = 0, column = -1, phonetic = 0;
        var type = CellType.Number;
        CellBuffer? target = null;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    var name = xml.LocalName;
                    if (ReferenceEquals(name, row))
                    {
                        rowNumber = Number(xml.GetAttribute("r")) ?? rowNumber + 1;
                        column = -1;
                        _cells.Clear();
                        if (xml.IsEmptyElement && !EndRow(rowNumber))
                        {
                            return;
                        }
                    }
                    else if (ReferenceEquals(name, c))
                    {
                        column = xml.GetAttribute("r") is { } reference ? CellReference.ColumnIndex(reference) : column + 1;
                        _value.Clear();
                        _inline.Clear();
                        // A formatted but blank cell (<c r="B7" s="3"/>) has nothing more to read.
                        type = xml.IsEmptyElement ? CellType.Number : CellText.TypeOf(xml.GetAttribute("t"));
                    }
                    else if (ReferenceEquals(name, v) && !xml.IsEmptyElement)
                    {
                        target = _value;
                    }
                    else if (ReferenceEquals(name, t) && !xml.IsEmptyElement && phonetic == 0)
                    {
                        target = _inline;
                    }
                    else if (ReferenceEquals(name, rPh) && !xml.IsEmptyElement)
                    {
                        phonetic++;
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (target is not null && !target.Append(xml))
                    {
                        throw TooLong(column, rowNumber);
                    }
                    break;
                case XmlNodeType.EndElement:
                    var end = xml.LocalName;
                    if (ReferenceEquals(end, v) || ReferenceEquals(end, t))
                    {
                        target = null;
                    }
                    else if (ReferenceEquals(end, rPh))
                    {
                        phonetic--;
                    }
                    else if (ReferenceEquals(end, c))
                    {
                        EndCell(column, type);
                    }
                    else if (ReferenceEquals(end, row) && !EndRow(rowNumber))
                    {
                        return;
                    }
                    break;
            }
        }
        return;
    }

    private void EndCell(int column, CellType type)
    {
        // A reference outside Excel's grid (a damaged file) is skipped: it must not size the header map.
        if ((_value.Length == 0 && _inline.Length == 0) || column is < 0 or >= CellRange.MaxColumns ||
            (_range is not null && (column < _range.FirstColumn || column > _range.LastColumn)))
        {
            return;
        }
        var text = CellText.Of(type, _value.Span, _inline.Span, _sharedStrings, _pool);
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
        var any = false;
        Array.Clear(_row.Values);
        foreach (var (column, text) in _cells)
        {
            if (column < _map.Length && _map[column] >= 0 && !string.IsNullOrWhiteSpace(text))
            {
                _row.Values[_map[column]] = text;
                any = true;
            }
        }
        if (any)
        {
            if (_rowCount == _options.MaxRowsPerRegister)
            {
                throw TooManyRows(rowNumber);
            }
            _rowCount++;
            _row.Row = rowNumber;
            _onRow(_row);
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
                _layout.Add(_register.Name, _register.Columns[index].Header, CellReference.ColumnLetters(column));
            }
        }
        return map;
    }

    /// <summary>"The Tasks sheet", or "The Tasks table (sheet 'Sheet2')" when the register was found by its table.</summary>
    private string Where => string.Equals(_sheet.Trim(), _register.Name, StringComparison.OrdinalIgnoreCase)
        ? $"The {_register.Name} sheet"
        : $"The {_register.Name} table (sheet '{_sheet}')";

    private OfficeInfraException TooManyRows(int rowNumber) => PackageGuard.Unreadable(string.Create(CultureInfo.InvariantCulture,
        $"{Where} holds more than {_options.MaxRowsPerRegister:N0} rows of data (row {rowNumber:N0} is the first one over), more than one register may hold, so the workbook was not read."));

    private OfficeInfraException TooLong(int column, int rowNumber) => PackageGuard.Unreadable(string.Create(CultureInfo.InvariantCulture,
        $"{Where} holds a cell ({(column >= 0 ? CellReference.ColumnLetters(column) : string.Empty)}{rowNumber}) of more than {_options.MaxCellCharacters:N0} characters, far more than a cell can hold (32,767), so the workbook was not read."));

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
