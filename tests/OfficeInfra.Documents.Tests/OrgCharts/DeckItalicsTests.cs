using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Journey;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>
/// CJK type has no italic: a Chinese deck (org charts and the service blueprint) sets every line upright, the date under
/// the title, "Reports to" notes, a vacancy and the blueprint's lane notes included, while English and Turkish decks
/// keep those lines italic.
/// </summary>
public sealed class DeckItalicsTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    private static RegisterSet Sample(string language)
    {
        var registers = SampleOrganisation.Create();
        return registers with { Settings = registers.Settings with { Language = language } };
    }

    private static IEnumerable<GeneratedDocument> Decks(RegisterSet registers) =>
        new OrgChartGenerator().Generate(registers, AsOf).Concat(new ServiceBlueprintGenerator().Generate(registers, new ControlBook(AsOf)));

    [Fact]
    public void Generate_Chinese_EveryRunOfEveryDeckUpright()
    {
        var decks = Decks(Sample("zh-Hans")).ToList();

        decks.Should().Contain(d => d.Kind == DocumentKind.ServiceBlueprint);
        foreach (var deck in decks)
        {
            DeckRuns.Italic(deck.Content).Should().BeEmpty($"{deck.Subject} ({deck.Kind}) is Chinese");
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("tr")]
    public void Generate_LatinScript_TheDateReportsToAndBlueprintNotesStayItalic(string language)
    {
        var registers = Sample(language);
        var words = ChartWords.For(registers.Settings.DocumentLanguage);
        var decks = Decks(registers).ToList();

        var organisation = DeckRuns.Italic(decks.First(d => d.Kind == DocumentKind.OrgChart && d.Department is null).Content);
        organisation.Should().Contain(words.AsOf(AsOf), "the title slide's date");
        decks.Where(d => d.Kind == DocumentKind.OrgChart && d.Department is not null).SelectMany(d => DeckRuns.Italic(d.Content))
            .Should().Contain(t => t.StartsWith(words.ReportsTo("§").Split('§')[0], StringComparison.Ordinal), "a head's outside manager");
        DeckRuns.Italic(decks.Single(d => d.Kind == DocumentKind.ServiceBlueprint).Content).Should().NotBeEmpty();
    }
}
