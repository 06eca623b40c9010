using OfficeInfra.Registers.Findings;

namespace OfficeInfra.Registers.Rules;

/// <summary>Finds names that appear twice in one register, ignoring case and surrounding spaces.</summary>
internal static class DuplicateNames
{
    public static void Check<T>(IEnumerable<T> items, Func<T, string?> name, Func<T, int?> row, List<Finding> findings,
        string code, string sheet, string column, string noun)
    {
        var firstRows = new Dictionary<string, int?>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var key = RegisterNames.Key(name(item));
            if (key.Length == 0)
            {
                continue;
            }
            if (firstRows.TryGetValue(key, out var first))
            {
                var where = first is null ? "above" : $"on row {first}";
                findings.Error(code, sheet, row(item), column, $"{noun} '{RegisterNames.Shown(key)}' is listed twice; it is already {where}.");
            }
            else
            {
                firstRows[key] = row(item);
            }
        }
    }
}
