using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Journey;
using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Control;

/// <summary>
/// A job description's history names what its reader sees change: the KPI target of a process the role only takes a
/// step in (it was "Layout updated"), and which direct report came or went (not the whole list twice).
/// </summary>
public sealed class RevisionWordingTests
{
    private static RegisterSet Shop(string language) => RegisterSetBuilder.Valid()
        .Role("Müdür", "Ops", reportsTo: "Boss").Role("Teknisyen", "Ops", reportsTo: "Müdür").Role("Kurye", "Ops", reportsTo: "Müdür")
        .Task("Stoku say", "Ops", role: "Teknisyen", process: "Selling", step: "2", frequency: "Weekly")
        .Task("Kargoyu çağır", "Ops", role: "Kurye", process: "Selling", step: "3", frequency: "Daily")
        .Build() with { Settings = new OrganisationSettings(Language: language) };

    private static RegisterSet WithTarget(RegisterSet registers, string target) =>
        registers with { Processes = [.. registers.Processes.Select(p => p with { Target = target })] };

    [Theory]
    [InlineData("en", "KPI target of process 'Selling' changed from 95% to 98%")]
    [InlineData("tr", "\u201CSelling\u201D sürecinde hedef: 95% yerine 98%")]
    [InlineData("zh-Hans", "流程\u201CSelling\u201D的目标值由95%改为98%")]
    public void JobDescription_TargetOfAProcessTheRoleTakesAStepIn_NamedNotLayout(string language, string expected)
    {
        var before = WithTarget(Shop(language), "95%");

        Revisions.Change(before, WithTarget(before, "98%"), DocumentKind.JobDescription, "Teknisyen").Should().Be(expected);
    }

    [Fact]
    public void JobDescription_ItsTaskMovedToAnotherStep_SaysTheStepsAsTheDocumentPrintsThem()
    {
        var before = Shop("en");
        var after = before with { Tasks = [.. before.Tasks.Select(t => t.Task == "Stoku say" ? t with { Step = "4" } : t)] };

        Revisions.Change(before, after, DocumentKind.JobDescription, "Teknisyen").Should().Be("Steps of process 'Selling' changed from 2 to 3", "steps print in order: 1, 3, 4 read 1, 2, 3");
    }

    [Theory]
    [InlineData("en", "Direct reports: Kurye removed")]
    [InlineData("tr", "Doğrudan bağlı pozisyonlar: Kurye çıkarıldı")]
    [InlineData("zh-Hans", "直接下属：移除Kurye")]
    public void JobDescription_OneDirectReportMovedAway_NamesItNotTheWholeList(string language, string expected)
    {
        var before = Shop(language);
        var after = before with { Roles = [.. before.Roles.Select(r => r.Title == "Kurye" ? r with { ReportsTo = "Boss" } : r)] };

        Revisions.Change(before, after, DocumentKind.JobDescription, "Müdür").Should().Be(expected);
    }

    [Fact]
    public void JobDescription_ADirectReportJoined_NamesIt()
    {
        var before = Shop("en");
        var after = before with { Roles = [.. before.Roles.Select(r => r.Title == "Kurye" ? r with { ReportsTo = "Boss" } : r)] };

        Revisions.Change(before, after, DocumentKind.JobDescription, "Boss").Should().Be("Direct reports: Kurye added");
    }

    [Fact]
    public void Field_ListWithItemsAddedAndRemoved_SaysBoth_OrderOnly_SaysTheLists()
    {
        var words = Wording.ChangeWords.English;

        words.Field("Direct reports", "Direct reports", "A, B, C", "A, C, D, E").Should().Be("Direct reports: D and E added; Direct reports: B removed");
        words.Field("Direct reports", "Direct reports", "A, B", "B, A").Should().Be("Direct reports changed from A, B to B, A");
        words.Field("Direct reports", "Direct reports", string.Empty, "A, B").Should().Be("Direct reports set to A, B");
    }

    [Theory]
    [InlineData("en", "Selling: Target changed from 95% to 98%")]
    [InlineData("tr", "Selling: Hedef: 95% yerine 98%")]
    [InlineData("zh-Hans", "Selling：目标值由95%改为98%")]
    public void SystemsMap_TargetChanged_NamesTheProcessAndTheColumn(string language, string expected)
    {
        var before = SyntheticJourneyOf(WithTarget(Shop(language), "95%"));
        var after = WithTarget(before, "98%");
        var first = Systems(before, Revisions.First, null);

        var second = Systems(after, Revisions.Second, first);

        second.Record!.Control!.Version.Should().Be(2);
        second.Record.Control.History[0].Change.Should().Be(expected);
    }

    [Fact]
    public void SystemsMap_RecordsKeptEachRowWhole_TheFirstNewVersionSaysLayoutUpdated()
    {
        var registers = SyntheticJourneyOf(WithTarget(Shop("en"), "95%"));
        var first = Systems(registers, Revisions.First, null);
        // Records written before the rows had fields: each row one fact, under its table's name.
        var whole = new Dictionary<string, string>(StringComparer.Ordinal) { ["Title"] = first.Record!.Facts!["Title"], ["systemprocesses:Sales Selling"] = "Sales | Selling | Ops" };
        var old = first.Record with { Facts = whole, Sha256 = new string('0', 64) };

        var second = Systems(registers, Revisions.Second, null, old);

        second.Record!.Control!.History[0].Change.Should().Be("Layout updated");
    }

    [Fact]
    public void OrgCharts_RecordsOfAnEarlierLayout_EachDeckOneLayoutUpdatedVersionThenKept()
    {
        // What a library written before the charts' layout changed holds: the same model, other bytes.
        var registers = Shop("en");
        var earlier = Revisions.Run(registers, Revisions.First)
            .Select(d => d.Kind == DocumentKind.OrgChart ? d with { Record = d.Record! with { Sha256 = new string('e', 64) } } : d).ToList();

        var second = Revisions.Run(registers, Revisions.Second, earlier);
        var third = Revisions.Run(registers, new DateOnly(2025, 4, 1), second);

        var decks = second.Where(d => d.Kind == DocumentKind.OrgChart).ToList();
        decks.Should().NotBeEmpty().And.OnlyContain(d => d.Record!.Control!.Version == 2 && d.Record.Control.History.Count == 2
            && d.Record.Control.History[0].Change == "Layout updated" && d.Record.Control.History[0].Date == Revisions.Second);
        second.Where(d => d.Kind != DocumentKind.OrgChart).Should().OnlyContain(d => d.Record!.Control!.Version == 1);
        third.Should().OnlyContain(d => d.Record!.Control!.Version == (d.Kind == DocumentKind.OrgChart ? 2 : 1));
        third.Zip(second).Should().OnlyContain(p => p.First.Content.SequenceEqual(p.Second.Content), "the next run keeps every document byte for byte");
    }

    private static RegisterSet SyntheticJourneyOf(RegisterSet registers) =>
        SyntheticJourney.Add(registers with { Processes = [.. registers.Processes.Select(p => p with { System = "Sales" })] }, 3);

    private static GeneratedDocument Systems(RegisterSet registers, DateOnly asOf, GeneratedDocument? previous, ControlRecord? record = null)
    {
        var source = new BusinessSystemsGenerator();
        var book = new ControlBook(asOf, record is not null ? [record] : previous is null ? null : [previous.Record!], null, source.Keys(registers));
        return source.Generate(registers, book).Single();
    }
}
