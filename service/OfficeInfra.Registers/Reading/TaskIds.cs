using System.Globalization;

namespace OfficeInfra.Registers.Reading;

/// <summary>Generates task ids T0001, T0002, … skipping ids the register already uses.</summary>
internal sealed class TaskIds(IEnumerable<string?> used)
{
    private readonly HashSet<string> _used = used.Where(u => u is not null).Select(u => u!).ToHashSet(StringComparer.OrdinalIgnoreCase);
    private int _next;

    public string Next()
    {
        string id;
        do
        {
            id = "T" + (++_next).ToString("D4", CultureInfo.InvariantCulture);
        }
        while (!_used.Add(id));
        return id;
    }
}
