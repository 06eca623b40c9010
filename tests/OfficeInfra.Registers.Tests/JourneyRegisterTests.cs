using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Journey;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

public sealed class JourneyRegisterTests
{
    private static readonly string[] JourneyCodes =
    [
        FindingCodes.UnknownDepartmentOrRole, FindingCodes.StageWithoutBackStage, FindingCodes.ProcessWithoutSystem,
        FindingCodes.TooManySystems, FindingCodes.SiloStage, FindingCodes.DepartmentOffJourney, FindingCodes.CustomerProcessWithoutKpi,
    ];

    private static JourneyStage Stage(string phase, string stage, string[] by, string[] back, int row) =>
        new(phase, stage, row) { OnStageBy = by, BackStage = back, FrontStage = ["Website"], CustomerAction = "Looks" };

    [Fact]
    public void Sample_WritesAndReadsBackItsJourney_ThroughEveryLane()
    {
        var sample = SampleOrganisation.Create();
        using var stream = WorkbookRoundTripTests.Write(sample);

        var read = XlsxRegisterReader.Read(stream);

        read.Journey.Should().BeEquivalentTo(sample.Journey, o => o.WithStrictOrdering());
        read.Journey.Should().HaveCountGreaterThanOrEqualTo(8);
        var journey = CustomerJourney.Of(read);
        journey.Phases.Select(p => p.Name).Should().Equal("Awareness", "Purchase", "Delivery", "Use", "Support and renewal");
        journey.Stages.Should().Contain(s => s.Source.PainPoint != null).And.Contain(s => s.Source.FrontStage.Count > 1)
            .And.Contain(s => s.Actors.Any(a => a.IsRole)).And.Contain(s => s.Actors.Any(a => !a.IsRole))
            .And.Contain(s => s.Processes.Count > 1).And.Contain(s => s.Systems.Count > 1);
    }

    [Fact]
    public void WorkbookWithoutJourneySheet_ReadsNoJourney_AndGetsExactlyTheOldFindings()
    {
        var bytes = RawWorkbook.Create(null,
            new RawSheet("Departments", [["Department", "Head"], ["Ops", "Boss"], ["Idle", null]]),
            new RawSheet("Roles", [["Role", "Department"], ["Boss", "Ops"]]),
            new RawSheet("Tasks", [["Task", "Department", "Role", "Process"], ["Sell", "Ops", "Boss", "Selling"]]),
            new RawSheet("Processes", [["Process", "Department"], ["Selling", "Ops"]]));

        var read = XlsxRegisterReader.Read(new MemoryStream(bytes));

        read.Journey.Should().BeEmpty();
        var findings = RegisterRules.Check(read);
        // Its process states no KPI: the rule every process has (kpi-not-set), not the journey's own.
        findings.Select(f => f.Code).Should().Equal(FindingCodes.DepartmentWithoutTasks, FindingCodes.VacantRole, FindingCodes.KpiNotSet);
        JsonRegisterWriter.Write(read).Should().NotContain("journey");
    }

    [Fact]
    public void SampleWithoutItsJourney_HasOnlyTheFindingItAlwaysHad()
    {
        var findings = RegisterRules.Check(SampleOrganisation.Create() with { Journey = [] });

        findings.Select(f => f.Code).Should().Equal(FindingCodes.VacantRole);
    }

    [Fact]
    public void Sample_SiloFindings_EqualTheHandCount()
    {
        // By hand: "Get support" is served by Operations (Technician), Legal Compliance (Compliance Officer) and
        // Technology (Backup and Recovery), and neither of its processes involves two of them; "Order again" by
        // Marketing (Lead Handling) and Operations (Order to Delivery), which share no process either. "Agree terms"
        // is not a silo: the Managing Director (Operations) signs off in Contract Review (Legal Compliance). Human
        // Resources never meets the customer. Every journey process has a KPI. "Set up and use" has nothing back stage.
        var findings = RegisterRules.Check(SampleOrganisation.Create()).Where(f => JourneyCodes.Contains(f.Code)).ToList();

        findings.Select(f => (f.Code, f.Sheet, f.Row)).Should().BeEquivalentTo(new[]
        {
            (FindingCodes.DepartmentOffJourney, "Departments", (int?)7),
            (FindingCodes.StageWithoutBackStage, "Journey", (int?)8),
            (FindingCodes.SiloStage, "Journey", (int?)9),
            (FindingCodes.SiloStage, "Journey", (int?)10),
        });
        findings.Single(f => f.Row == 9).Message.Should()
            .Be("Stage 'Get support' is served by Operations, Legal Compliance and Technology, which share none of its back-stage processes.");
        findings.Should().OnlyContain(f => f.Severity == Severity.Warning);
        var silos = SiloReport.Of(SampleOrganisation.Create(), CustomerJourney.Of(SampleOrganisation.Create()));
        silos.Count.Should().Be(3);
    }

    [Fact]
    public void JourneyProcessWithoutKpi_GetsOneWarningOnItsCell_TheJourneysOwn()
    {
        var valid = RegisterSetBuilder.Valid().Build();
        var registers = valid with
        {
            Processes = [.. valid.Processes.Select(p => p with { Kpi = null })],
            Journey = [Stage("Buy", "Pay", ["Boss"], ["Selling"], 2)],
        };

        var onKpi = RegisterRules.Check(registers).Where(f => f.Sheet == "Processes" && f.Column == "KPI").ToList();

        onKpi.Select(f => f.Code).Should().Equal([FindingCodes.CustomerProcessWithoutKpi], "kpi-not-set would say the same of the same cell");
        RegisterRules.Check(registers with { Journey = [] }).Where(f => f.Sheet == "Processes" && f.Column == "KPI")
            .Select(f => f.Code).Should().Equal([FindingCodes.KpiNotSet], "without a journey the general warning stays");
    }

    [Fact]
    public void UnknownNames_AreErrorsNamingTheCell()
    {
        var registers = RegisterSetBuilder.Valid().Build() with
        {
            Journey = [Stage("Buy", "Pay", ["Boss", "Ghost Team"], ["Selling", "Nowhere"], 2)],
        };

        var findings = RegisterRules.Check(registers).Where(f => f.Sheet == "Journey").ToList();

        findings.Should().ContainSingle(f => f.Code == FindingCodes.UnknownDepartmentOrRole && f.Column == "On Stage By"
            && f.Severity == Severity.Error && f.Message.Contains("'Ghost Team'"));
        findings.Should().ContainSingle(f => f.Code == FindingCodes.UnknownProcess && f.Column == "Back Stage"
            && f.Severity == Severity.Error && f.Message.Contains("'Nowhere'"));
        findings.Should().HaveCount(2);
    }

    [Fact]
    public void StageWithoutBackStage_AndProcessWithoutSystem_AreWarnings()
    {
        var registers = RegisterSetBuilder.Valid().Build() with
        {
            Journey = [Stage("Buy", "Browse", ["Ops"], [], 2), Stage("", "Pay", ["boss"], ["selling"], 3)],
        };

        var findings = RegisterRules.Check(registers);

        findings.Should().ContainSingle(f => f.Code == FindingCodes.StageWithoutBackStage).Which.Row.Should().Be(2);
        var system = findings.Should().ContainSingle(f => f.Code == FindingCodes.ProcessWithoutSystem).Subject;
        (system.Sheet, system.Row, system.Column).Should().Be(("Processes", 2, "System"));
        RegisterRules.HasErrors(findings).Should().BeFalse();
    }

    [Fact]
    public void TenCoreSystems_IsAWarningOnTheTenth_NineAreNot()
    {
        RegisterSet With(int systems)
        {
            var builder = RegisterSetBuilder.Valid();
            for (var i = 1; i <= systems; i++)
            {
                builder.Add(new Process($"P{i}", "Ops", $"System {i}", "Boss", Kpi: "Speed"));
            }
            var built = builder.Build();
            return built with { Journey = [Stage("Buy", "Pay", ["Ops"], ["P1"], 2)] };
        }

        RegisterRules.Check(With(9)).Should().NotContain(f => f.Code == FindingCodes.TooManySystems);
        var warning = RegisterRules.Check(With(10)).Should().ContainSingle(f => f.Code == FindingCodes.TooManySystems).Subject;
        (warning.Severity, warning.Row).Should().Be((Severity.Warning, 12));
    }

    [Fact]
    public void BlankPhase_ContinuesThePhaseAbove_AndRolesAndProcessesKnowTheirStages()
    {
        var registers = RegisterSetBuilder.Valid().Build() with
        {
            Journey = [Stage("Buy", "Browse", ["Ops"], ["Selling"], 2), Stage(" ", "Pay", ["BOSS"], ["Selling"], 3), Stage("Use", "Run", [], [], 4)],
        };

        var journey = CustomerJourney.Of(registers);

        journey.Phases.Select(p => (p.Name, p.Stages.Count)).Should().Equal(("Buy", 2), ("Use", 1));
        journey.StagesOfProcess("selling ").Select(s => s.Path).Should().Equal("Buy › Browse", "Buy › Pay");
        journey.StagesOfRole("Boss").Select(s => s.Path).Should().Equal("Buy › Pay");
        journey.StagesOfRole("Nobody").Should().BeEmpty();
    }

    [Fact]
    public void Json_JourneyRoundTrips_AndListsAcceptSeparatedText()
    {
        var registers = SampleOrganisation.Create();

        var json = JsonRegisterWriter.Write(registers);

        JsonRegisterReader.Read(json).Should().BeEquivalentTo(registers, o => o.WithStrictOrdering());
        var read = JsonRegisterReader.Read("""{"journey":[{"phase":"Buy","stage":"Pay","onStageBy":"Ops; Boss","backStage":["Selling"],"frontStage":"Web, Phone","row":5}]}""");
        read.Journey.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new JourneyStage("Buy", "Pay", 5) { OnStageBy = ["Ops", "Boss"], BackStage = ["Selling"], FrontStage = ["Web", "Phone"] });
    }

    [Fact]
    public void SyntheticJourney_OverASyntheticOrganisation_HasNoErrors()
    {
        var registers = SyntheticJourney.Add(SyntheticOrganisation.Create(36, 120, 12), 20);

        RegisterRules.Check(registers).Should().NotContain(f => f.Severity == Severity.Error);
        CustomerJourney.Of(registers).Stages.Should().HaveCount(20);
    }
}
