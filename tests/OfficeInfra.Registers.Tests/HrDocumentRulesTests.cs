using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

/// <summary>The warnings that keep "Not set" out of SOPs and job descriptions.</summary>
public class HrDocumentRulesTests
{
    [Fact]
    public void Check_ProcessWithoutKpi_WarnsOnItsKpiCell()
    {
        var findings = RegisterRules.Check(RegisterSetBuilder.Valid().Process("Buying", "Ops", owner: "Boss").Build());

        findings.Should().ContainSingle(f => f.Code == FindingCodes.KpiNotSet)
            .Which.Should().Match<Finding>(f => f.Severity == Severity.Warning && f.Sheet == "Processes" && f.Row == 3
                && f.Column == "KPI" && f.Message.Contains("'Buying'"));
    }

    [Fact]
    public void Check_PersonSpecificationInUse_WarnsForTheRoleWithoutOne()
    {
        var registers = RegisterSetBuilder.Valid()
            .Add(new Role("Clerk", "Ops", "Boss", Holder: "Bo") { Skills = "Typing" })
            .Role("Porter", "Ops", "Boss")
            .Task("File", "Ops", "Clerk").Task("Carry", "Ops", "Porter").Build();

        RegisterRules.Check(registers).Where(f => f.Code == FindingCodes.PersonSpecificationMissing).Select(f => f.Row)
            .Should().Equal(2, 4);
    }

    [Fact]
    public void Check_NoRoleHasAPersonSpecification_DoesNotWarn() =>
        RegisterRules.Check(RegisterSetBuilder.Valid().Build()).Should().NotContain(f => f.Code == FindingCodes.PersonSpecificationMissing);

    [Fact]
    public void Check_WorkbookWithTheColumnsLeftEmpty_WarnsForEveryRole()
    {
        // The workbook writer, like init, writes every Roles column: the person specification's are there, all empty.
        using var stream = new MemoryStream();
        RegisterWorkbookWriter.Write(stream, RegisterSetBuilder.Valid().Role("Clerk", "Ops", "Boss").Task("File", "Ops", "Clerk").Build());

        var findings = RegisterRules.Check(XlsxRegisterReader.Read(new MemoryStream(stream.ToArray())));

        findings.Where(f => f.Code == FindingCodes.PersonSpecificationMissing).Select(f => (f.Row, f.Column)).Should().Equal((2, "Qualifications"), (3, "Qualifications"));
    }

    [Fact]
    public void Check_WorkbookThatNeverHadTheColumns_DoesNotWarn()
    {
        var workbook = RawWorkbook.Create(null, new RawSheet("Departments", [["Department"], ["Ops"]]),
            new RawSheet("Roles", [["Role", "Department"], ["Boss", "Ops"]]), new RawSheet("Tasks", [["Task", "Department", "Role"], ["Run the shop", "Ops", "Boss"]]),
            new RawSheet("Processes", [["Process", "Department"]]));

        var findings = RegisterRules.Check(XlsxRegisterReader.Read(new MemoryStream(workbook)));

        findings.Should().NotContain(f => f.Code == FindingCodes.PersonSpecificationMissing);
    }

    [Theory]
    [InlineData("\"skills\": \"\", ", 2)]
    [InlineData("", 0)]
    public void Check_JsonNamingTheColumn_WarnsOnlyWhenSomeRoleNamesIt(string skills, int warnings)
    {
        var json = $$"""
            { "departments": [{ "department": "Ops" }],
              "roles": [{ {{skills}}"role": "Boss", "department": "Ops", "row": 2 }, { "role": "Clerk", "department": "Ops", "reportsTo": "Boss", "row": 3 }],
              "tasks": [{ "task": "Run", "department": "Ops", "role": "Boss" }, { "task": "File", "department": "Ops", "role": "Clerk" }] }
            """;

        RegisterRules.Check(JsonRegisterReader.Read(json)).Count(f => f.Code == FindingCodes.PersonSpecificationMissing).Should().Be(warnings);
    }

    [Fact]
    public void Check_SampleWorkbook_EveryRoleHasAPersonSpecification()
    {
        using var stream = new MemoryStream();
        RegisterWorkbookWriter.Write(stream, Sample.SampleOrganisation.Create());

        RegisterRules.Check(XlsxRegisterReader.Read(new MemoryStream(stream.ToArray())))
            .Should().NotContain(f => f.Code == FindingCodes.PersonSpecificationMissing);
    }
}
