namespace OfficeInfra.Documents.Workbooks;

/// <summary>A worksheet holding one Excel table: the sheet's and the table's name, headers and rows.</summary>
/// <param name="Sheet">The sheet's tab name.</param>
/// <param name="Table">The table's name (letters, digits and underscores, as Excel requires).</param>
/// <param name="Headers">The header row.</param>
/// <param name="Widths">Each column's width in characters.</param>
/// <param name="Rows">The rows under the header, a cell per header; an empty cell is left out.</param>
public sealed record TableSheet(string Sheet, string Table, IReadOnlyList<string> Headers, IReadOnlyList<double> Widths,
    IReadOnlyList<IReadOnlyList<TableCell>> Rows);

/// <summary>A cell's text, and where it links to (a path relative to the workbook), if anywhere.</summary>
public readonly record struct TableCell(string? Text, string? Link = null)
{
    /// <summary>A cell of plain text.</summary>
    public static implicit operator TableCell(string? text) => new(text);
}
