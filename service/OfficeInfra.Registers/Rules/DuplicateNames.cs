using OfficeInfra.Registers.Findings;

namespace OfficeInfra.Registers.Rules;

/// <summary>Finds names that appear twice in one register, ignoring case and surrounding spaces.</summary>
internal static class DuplicateNames
{
    public static void Check<T>(IEnumerable<T> items, Func<T, string?> name, Func<T, int?> row, List<Finding> findings,
        string code, string sheet, string column, Func<string, string> subject, FindingWords words)
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
                findings.Error(code, sheet, row(item), column, words.ListedTwice(subject(key), first));
            }
            else
            {
                firstRows[key] = row(item);
            }
        }
    }
}
