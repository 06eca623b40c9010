namespace OfficeInfra.Registers.Schema;

/// <summary>One register: its sheet (and table) name and its column headers in writer order.</summary>
public sealed record RegisterSheet(string Name, IReadOnlyList<string> Columns)
{
    /// <summary>The 0-based position of a header (case-insensitive), or -1.</summary>
    public int IndexOf(string? header)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], header?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }
}
