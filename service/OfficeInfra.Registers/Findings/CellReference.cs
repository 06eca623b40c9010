using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Findings;

/// <summary>Turns a finding into the cell a user can go to, such as <c>Tasks!C14</c>.</summary>
public static class CellReference
{
    /// <summary>
    /// The cell of <paramref name="finding"/>: <c>Sheet!C14</c> when row and column are known, <c>Sheet!14:14</c> for a
    /// whole row, <c>Sheet</c> otherwise. Column letters come from <paramref name="layout"/> (what the reader saw)
    /// and otherwise from the standard column order of <see cref="RegisterSchema"/>, which is how
    /// <see cref="Writing.RegisterWorkbookWriter"/> lays the sheets out.
    /// </summary>
    public static string For(Finding finding, RegisterLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Row is not { } row)
        {
            return finding.Sheet;
        }
        var letters = finding.Column is null ? null : layout?.ColumnOf(finding.Sheet, finding.Column) ?? StandardColumn(finding);
        return letters is null ? $"{finding.Sheet}!{row}:{row}" : $"{finding.Sheet}!{letters}{row}";
    }

    /// <summary>Column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnLetters(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }
        return letters;
    }

    /// <summary>The 0-based column index of letters such as "AA" (the letters of a cell reference like "AA12").</summary>
    public static int ColumnIndex(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var index = 0;
        foreach (var ch in reference)
        {
            var upper = char.ToUpperInvariant(ch);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }
            index = (index * 26) + (upper - 'A' + 1);
        }
        return index - 1;
    }

    private static string? StandardColumn(Finding finding)
    {
        var index = RegisterSchema.Find(finding.Sheet)?.IndexOf(finding.Column) ?? -1;
        return index < 0 ? null : ColumnLetters(index);
    }
}
