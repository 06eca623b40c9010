namespace OfficeInfra.Registers.Reading;

/// <summary>
/// The data row of a register that is being read: its worksheet row and its values in <see cref="Schema.RegisterSchema"/>
/// column order. One instance per sheet is refilled for every row and the model item is built straight from it, so
/// no row object outlives its row.
/// </summary>
internal sealed class RawRow(int columns)
{
    public int Row { get; set; }

    public string?[] Values { get; } = new string?[columns];

    /// <summary>The cell split on <paramref name="separator"/>, each item trimmed, empty items left out.</summary>
    public IReadOnlyList<string> List(int column, char separator, TextPool pool)
    {
        var text = Values[column].AsSpan();
        var count = 0;
        foreach (var range in text.Split(separator))
        {
            count += text[range].Trim().IsEmpty ? 0 : 1;
        }
        if (count == 0)
        {
            return [];
        }
        var items = new string[count];
        var i = 0;
        foreach (var range in text.Split(separator))
        {
            if (text[range].Trim() is { IsEmpty: false } item)
            {
                items[i++] = pool.Get(item);
            }
        }
        return items;
    }
}
