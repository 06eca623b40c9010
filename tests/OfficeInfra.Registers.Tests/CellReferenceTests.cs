using OfficeInfra.Registers.Findings;

namespace OfficeInfra.Registers.Tests;

public class CellReferenceTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnLetters_Index_RoundTrips(int index, string letters)
    {
        CellReference.ColumnLetters(index).Should().Be(letters);
        CellReference.ColumnIndex(letters + "12").Should().Be(index);
    }

    [Theory]
    [InlineData("Tasks", 14, "Role", "Tasks!D14")]
    [InlineData("Roles", 3, "Reports To", "Roles!C3")]
    [InlineData("Departments", 11, null, "Departments!11:11")]
    [InlineData("Departments", null, "Department", "Departments")]
    [InlineData("Tasks", 5, "Not a column", "Tasks!5:5")]
    public void For_FindingWithoutLayout_UsesTheWritersColumnOrder(string sheet, int? row, string? column, string expected) =>
        CellReference.For(new Finding(Severity.Warning, "x", sheet, row, column, "m")).Should().Be(expected);
}
