namespace OfficeInfra.Registers.Reading;

/// <summary>
/// One string per distinct short text read from a workbook: a department, role, frequency or step number repeated on
/// 50,000 rows is one instance, and finding it again allocates nothing (the look-up takes the characters as a span).
/// Bounded, so that a sheet of distinct values cannot grow it without end.
/// </summary>
internal sealed class TextPool
{
    private const int MaxLength = 64;
    private const int MaxEntries = 65_536;

    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TextPool() => _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }
        if (text.Length > MaxLength)
        {
            return new string(text);
        }
        if (_lookup.TryGetValue(text, out var known))
        {
            return known;
        }
        var created = new string(text);
        if (_texts.Count < MaxEntries)
        {
            _texts.Add(created);
        }
        return created;
    }
}
