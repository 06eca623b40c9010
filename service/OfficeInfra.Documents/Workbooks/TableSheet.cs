namespace OfficeInfra.Documents.Workbooks;

/// <summary>A worksheet holding one Excel table: the sheet's and the table's name, headers and rows.</summary>
/// <param name="Widths">Each column's width in characters.</param>
internal sealed record TableSheet(string Sheet, string Table, IReadOnlyList<string> Headers, IReadOnlyList<double> Widths,
    IReadOnlyList<IReadOnlyList<TableCell>> Rows);

/// <summary>A cell's text, and where it links to (a path relative to the workbook), if anywhere.</summary>
internal readonly record struct TableCell(string? Text, string? Link = null)
{
    public static implicit operator TableCell(string? text) => new(text);
}
