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
    // Where the reader is: the row and column it reads, the buffer a text node fills, and how deep in phonetic runs.
    private int _rowNumber, _column = -1, _phonetic;
    private CellType _type = CellType.Number;
    private CellBuffer? _target;

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

    // Streams the sheet's nodes: a row's cells are gathered as they come and handed on when the row ends.
    private void Read(XmlReader xml)
    {
        var names = new ElementNames(xml.NameTable);
        while (xml.Read())
        {
            var more = xml.NodeType switch
            {
                XmlNodeType.Element => StartElement(xml, names),
                XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace => AppendText(xml),
                XmlNodeType.EndElement => EndElement(xml, names),
                _ => true,
            };
            if (!more)
            {
                return;
            }
        }
    }

    /// <summary>Starts a row or a cell, or points the text that follows at the cell's value or inline text; false when the table's range is over.</summary>
    private bool StartElement(XmlReader xml, ElementNames names)
    {
        var name = xml.LocalName;
        if (ReferenceEquals(name, names.Row))
        {
            _rowNumber = Number(xml.GetAttribute("r")) ?? _rowNumber + 1;
            _column = -1;
            _cells.Clear();
            return !xml.IsEmptyElement || EndRow(_rowNumber);
        }
        if (ReferenceEquals(name, names.Cell))
        {
            _column = xml.GetAttribute("r") is { } reference ? CellReference.ColumnIndex(reference) : _column + 1;
            _value.Clear();
            _inline.Clear();
            // A formatted but blank cell (<c r="B7" s="3"/>) has nothing more to read.
            _type = xml.IsEmptyElement ? CellType.Number : CellText.TypeOf(xml.GetAttribute("t"));
        }
        else if (ReferenceEquals(name, names.Value) && !xml.IsEmptyElement)
        {
            _target = _value;
        }
        else if (ReferenceEquals(name, names.Text) && !xml.IsEmptyElement && _phonetic == 0)
        {
            _target = _inline;
        }
        else if (ReferenceEquals(name, names.Phonetic) && !xml.IsEmptyElement)
        {
            _phonetic++;
        }
        return true;
    }

    private bool AppendText(XmlReader xml)
    {
        if (_target is not null && !_target.Append(xml))
        {
            throw TooLong(_column, _rowNumber);
        }
        return true;
    }

    /// <summary>Ends a text, a phonetic run, a cell or a row; false when the table's range is over.</summary>
    private bool EndElement(XmlReader xml, ElementNames names)
    {
        var end = xml.LocalName;
        if (ReferenceEquals(end, names.Value) || ReferenceEquals(end, names.Text))
        {
            _target = null;
        }
        else if (ReferenceEquals(end, names.Phonetic))
        {
            _phonetic--;
        }
        else if (ReferenceEquals(end, names.Cell))
        {
            EndCell(_column, _type);
        }
        else if (ReferenceEquals(end, names.Row))
        {
            return EndRow(_rowNumber);
        }
        return true;
    }

    /// <summary>The element names as the reader's name table holds them, so that a name is matched by reference.</summary>
    private sealed class ElementNames(XmlNameTable table)
    {
        public object Row { get; } = table.Add("row");
        public object Cell { get; } = table.Add("c");
        public object Value { get; } = table.Add("v");
        public object Text { get; } = table.Add("t");
        public object Phonetic { get; } = table.Add("rPh");
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
