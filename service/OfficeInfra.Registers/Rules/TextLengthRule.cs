using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Rules;

/// <summary>
/// Finds texts longer than their column allows (<see cref="RegisterColumn.MaxLength"/>; for most columns what an
/// Excel cell can hold, 32,767 characters). Excel would cut such a text short, so the registers, the documents and the
/// workbook written back would disagree: an error, which blocks generation. Lists (Tools, Owners, …) are measured as
/// the workbook writer joins them into one cell.
/// </summary>
internal static class TextLengthRule
{
    /// <summary>Excel's limit on the characters of one cell.</summary>
    public const int MaxCellCharacters = RegisterColumn.MaxCellCharacters;

    public static void Check(RegisterSet registers, FindingWords words, List<Finding> findings)
    {
        foreach (var register in RegisterSchema.All)
        {
            foreach (var item in register.ItemsOf(registers))
            {
                foreach (var column in register.Columns)
                {
                    var length = column.Length(item);
                    if (length > column.MaxLength)
                    {
                        findings.Error(FindingCodes.TextTooLong, register.Name, register.RowOf(item), column.Header,
                            words.TextTooLong(column.Header, register.RowOf(item), length, column.MaxLength));
                    }
                }
            }
        }
    }

}
