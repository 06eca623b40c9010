using System.Globalization;
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

    public static void Check(RegisterSet registers, List<Finding> findings)
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
                        TooLong(findings, register.Name, register.RowOf(item), column, length);
                    }
                }
            }
        }
    }

    private static void TooLong(List<Finding> findings, string sheet, int? row, RegisterColumn column, long length)
    {
        var where = row is null ? $"A {column.Header} cell" : string.Create(CultureInfo.InvariantCulture, $"The {column.Header} cell on row {row}");
        findings.Error(FindingCodes.TextTooLong, sheet, row, column.Header, string.Create(CultureInfo.InvariantCulture,
            $"{where} holds {length:N0} characters; a cell can hold at most {column.MaxLength:N0}."));
    }
}
