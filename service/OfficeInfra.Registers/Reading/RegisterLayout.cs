namespace OfficeInfra.Registers.Reading;

/// <summary>
/// Where each register's columns sit in the workbook it was read from: sheet name → header text → column letters.
/// The reader returns it beside the registers so that a finding can be shown as a cell (<c>Tasks!C14</c>) even when
/// the user moved columns around.
/// </summary>
public sealed class RegisterLayout
{
    private readonly Dictionary<string, Dictionary<string, string>> _columns = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The column letters of a header in a register sheet, or null when that column is not in the workbook.</summary>
    public string? ColumnOf(string sheet, string header) =>
        _columns.TryGetValue(sheet, out var map) && map.TryGetValue(header.Trim(), out var letters) ? letters : null;

    internal void Add(string sheet, string header, string letters)
    {
        if (!_columns.TryGetValue(sheet, out var map))
        {
            _columns[sheet] = map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        }
        map.TryAdd(header.Trim(), letters);
    }
}
