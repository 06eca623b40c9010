using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

/// <summary>Excel keeps at most 32,767 characters in a cell: a longer text is an error, wherever the registers came from.</summary>
public class TextLengthRuleTests
{
    private static readonly string FiveMebibytes = new('x', 5 * 1024 * 1024);

    [Fact]
    public void Check_TaskOfFiveMebibytesFromAWorkbook_IsOneErrorAtItsCellAndOtherMessagesStayShort()
    {
        var builder = RegisterSetBuilder.Valid();
        for (var i = 0; i < 4; i++)
        {
            builder.Task($"Chore {i}", "Ops", role: "Boss");
        }
        builder.Task(FiveMebibytes, "Ops");
        using var stream = new MemoryStream();
        RegisterWorkbookWriter.Write(stream, builder.Build());
        var workbook = XlsxRegisterReader.ReadWorkbook(new MemoryStream(stream.ToArray()));

        var findings = RegisterRules.Check(workbook.Registers);

        var error = findings.Should().ContainSingle(f => f.Code == FindingCodes.TextTooLong).Which;
        error.Should().Be(new Finding(Severity.Error, "text-too-long", "Tasks", 7, "Task",
            "The Task cell on row 7 holds 5,242,880 characters; a cell can hold at most 32,767."));
        CellReference.For(error, workbook.Layout).Should().Be("Tasks!B7");
        RegisterRules.HasErrors(findings).Should().BeTrue("an error blocks generating and publishing");
        findings.Should().OnlyContain(f => f.Message.Length < 400, "a message quotes at most the start of an over-long name");
        findings.Should().Contain(f => f.Code == FindingCodes.TaskWithoutRole && f.Message.StartsWith("Task 'xxxx", StringComparison.Ordinal)
            && f.Message.Contains("x…'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(32_767, false)]
    [InlineData(32_768, true)]
    public void Check_TextAtAndOverTheLimit_IsAnErrorOnlyOver(int length, bool error) =>
        RegisterRules.Check(RegisterSetBuilder.Valid().Department(new string('d', length)).Build())
            .Any(f => f.Code == FindingCodes.TextTooLong).Should().Be(error);

    [Theory]
    [InlineData("Departments", "Description")]
    [InlineData("Departments", "Owners")]
    [InlineData("Roles", "Summary")]
    [InlineData("Tasks", "Currently Done By")]
    [InlineData("Tasks", "Tools")]
    [InlineData("Processes", "KPI")]
    public void Check_LongTextInAnyColumn_IsReportedAtThatColumn(string sheet, string column)
    {
        var half = new string('y', 20_000);
        var builder = RegisterSetBuilder.Valid();
        _ = (sheet, column) switch
        {
            ("Departments", "Description") => builder.Department("Sales", description: half + half),
            ("Departments", _) => builder.Add(new Department("Sales", Owners: [half, half])),
            ("Roles", _) => builder.Add(new Role("Clerk", "Ops", Summary: half + half)),
            ("Tasks", "Tools") => builder.Task("Sweep", "Ops", "Boss", tools: [half, half]),
            ("Tasks", _) => builder.Task("Sweep", "Ops", "Boss", currentlyDoneBy: half + half),
            _ => builder.Add(new Process("Buying", "Ops", Kpi: half + half)),
        };

        var findings = RegisterRules.Check(builder.Build());

        findings.Should().ContainSingle(f => f.Code == FindingCodes.TextTooLong).Which.Should()
            .Match<Finding>(f => f.Severity == Severity.Error && f.Sheet == sheet && f.Column == column && f.Row == 3);
    }

    [Fact]
    public void Check_RegistersFromTheAddInWithALongText_ReportTheRowTheyCameFrom()
    {
        var long40k = new string('z', 40_000);
        var registers = JsonRegisterReader.Read($$"""
            { "departments": [ { "department": "Ops", "description": "{{long40k}}", "row": 5 }, { "department": "Sales", "description": "{{long40k}}" } ],
              "roles": [], "tasks": [], "processes": [] }
            """);

        var findings = RegisterRules.Check(registers).Where(f => f.Code == FindingCodes.TextTooLong);

        findings.Select(f => (f.Row, f.Message)).Should().Equal(
            (null, "A Description cell holds 40,000 characters; a cell can hold at most 32,767."),
            (5, "The Description cell on row 5 holds 40,000 characters; a cell can hold at most 32,767."));
    }
}
