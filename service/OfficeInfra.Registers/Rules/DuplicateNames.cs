using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Rules;

/// <summary>Finds names that appear twice in one register, ignoring case and surrounding spaces.</summary>
internal static class DuplicateNames
{
    public static void Check<T>(IEnumerable<T> items, Func<T, string?> name, Func<T, int?> row, List<Finding> findings,
        string code, string sheet, string column, Func<string, string> subject, FindingWords words)
    {
        var firstRows = new Dictionary<RegisterName, int?>();
        foreach (var item in items)
        {
            RegisterName key = name(item);
            if (key.IsBlank)
            {
                continue;
            }
            if (firstRows.TryGetValue(key, out var first))
            {
                findings.Error(code, sheet, row(item), column, words.ListedTwice(subject(key.Display), first));
            }
            else
            {
                firstRows[key] = row(item);
            }
        }
    }
}
