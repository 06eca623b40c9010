using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
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
}
