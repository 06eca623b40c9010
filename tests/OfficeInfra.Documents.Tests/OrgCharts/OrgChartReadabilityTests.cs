using System.Globalization;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>Issue 15's acceptance: readable and navigable decks from the sample to 2,000 roles.</summary>
public class OrgChartReadabilityTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    public static TheoryData<string> Organisations => ["sample", "turkish-chinese", "long-title", "2000", "native-tr", "native-zh-Hans"];

    internal static RegisterSet Build(string organisation) => organisation switch
    {
        "sample" => SampleOrganisation.Create(),
        "turkish-chinese" => TurkishAndChinese(),
        "long-title" => new RegisterSetBuilder().Department("Ops").Role("Boss", "Ops", holder: "Ann")
            .Role(string.Concat(Enumerable.Repeat("Very long title ", 19)).Trim()[..300], "Ops", "Boss", holder: "Bob")
            .Role("Clerk", "Ops", "Boss", holder: null).Task("File papers", "Ops", role: "Clerk", currentlyDoneBy: "Boss").Build(),
        "2000" => SyntheticOrganisation.Create(2000, 2000, 20, departments: 9, seed: 7),
        "native-tr" => NativeOrganisation.Create("tr"),
        "native-zh-Hans" => NativeOrganisation.Create("zh-Hans"),
        _ => throw new ArgumentOutOfRangeException(nameof(organisation)),
    };

    private static RegisterSet TurkishAndChinese()
    {
        var builder = new RegisterSetBuilder().Organisation("Şirket 公司")
            .Department("Satış ve Pazarlama").Department("财务部").Department("İnsan Kaynakları");
        builder.Role("Genel Müdür", "Satış ve Pazarlama", holder: "Çağla Yılmaz");
        string[] departments = ["Satış ve Pazarlama", "财务部", "İnsan Kaynakları"];
        string[] managers = ["Bölge Müdürü Kuzey", "财务经理", "İK Uzmanı Şükrü"];
        string[] holders = ["Işıl Öztürk", "王小明", "Gülşen Ağaoğlu", "李华", "Ömer Çelik", "张伟"];
        for (var d = 0; d < 3; d++)
        {
            builder.Role(managers[d], departments[d], "Genel Müdür", holder: holders[d]);
            for (var i = 1; i <= 11; i++)
            {
                builder.Role($"{managers[d]} ekip {i} 职员", departments[d], managers[d], holder: i % 5 == 0 ? null : holders[(d + i) % holders.Length]);
            }
        }
        return builder.Build();
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<List<(GeneratedDocument Document, DeckView Deck)>>> Cache = new();

    private static List<(GeneratedDocument Document, DeckView Deck)> Decks(string organisation) =>
        Cache.GetOrAdd(organisation, o => new(() => new OrgChartGenerator().Generate(Build(o), AsOf)
            .Select(d => (d, DeckView.Open(d.Content))).ToList())).Value;

    private static readonly HashSet<string> BoxPrefixes = ["Role: ", "Continued: ", "Type: "];

    [Theory]
    [MemberData(nameof(Organisations))]
    public void Generate_Organisation_PassesTheValidator(string organisation)
    {
        foreach (var (document, deck) in Decks(organisation))
        {
            deck.ValidationErrors.Should().BeEmpty(document.Subject);
        }
    }

    [Theory]
    [MemberData(nameof(Organisations))]
    public void Generate_Organisation_NoTextBelowNinePointsAndTitlesAtLeastTwelve(string organisation)
    {
        foreach (var (document, deck) in Decks(organisation))
        {
            var boxes = deck.Slides.SelectMany(s => s.Shapes).Where(s => BoxPrefixes.Any(p => s.Name.StartsWith(p, StringComparison.Ordinal))).ToList();
            boxes.Should().NotBeEmpty();
            deck.Slides.SelectMany(s => s.Shapes).Where(s => s.RunSizes.Any(size => size < 900)).Select(s => s.Name)
                .Should().BeEmpty($"no text in {document.Subject} is below 9 pt, in boxes, legends, links or notes");
            deck.Slides.SelectMany(s => s.Tables).Where(t => t.RunSizes.Any(size => size < 900)).Select(t => t.Name)
                .Should().BeEmpty($"no table text in {document.Subject} is below 9 pt");
            deck.Slides.SelectMany(s => s.Shapes).Where(s => s.IsTitlePlaceholder).Should().OnlyContain(t => t.RunSizes.All(size => size >= 1200));
        }
    }

    [Theory]
    [MemberData(nameof(Organisations))]
    public void Generate_Organisation_EverySlideHasATitlePlaceholderUniqueInTheDeck(string organisation)
    {
        foreach (var (document, deck) in Decks(organisation))
        {
            deck.Slides.Should().OnlyContain(s => s.Shapes.Count(x => x.IsTitlePlaceholder) == 1, document.Subject);
            deck.Slides.Select(s => s.Shapes.Single(x => x.IsTitlePlaceholder).Paragraphs[0])
                .Should().OnlyHaveUniqueItems(document.Subject).And.NotContain(string.Empty);
        }
    }

    [Theory]
    [MemberData(nameof(Organisations))]
    public void Generate_Organisation_ContinuationsLinkBackCountsAddUpAndFollowReadingOrder(string organisation)
    {
        foreach (var (document, deck) in Decks(organisation))
        {
            DeckChecks.SlidesInReadingOrder(deck, document.Subject);
            var linkedFrom = DeckChecks.PlaceholderCountsAddUp(deck, document.Subject);
            foreach (var slide in deck.Slides.Where(s => s.Title.Contains(" › ", StringComparison.Ordinal)))
            {
                slide.Subtitle!.LinkTarget.Should().Be(linkedFrom[slide.Number].ToString(CultureInfo.InvariantCulture), $"slide {slide.Number} links back");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Organisations))]
    public void Generate_Organisation_BoxesHaveAltTextLettersAndGroupedBadges(string organisation)
    {
        var words = ChartWords.For(Build(organisation).Settings.DocumentLanguage);
        var letters = Enum.GetValues<RoleType>().Select(words.TypeLetter).ToList();
        foreach (var (_, deck) in Decks(organisation))
        {
            foreach (var slide in deck.Slides)
            {
                foreach (var box in slide.Roles)
                {
                    box.Description.Should().StartWith(box.Paragraphs[0]);
                    var badge = slide.Shapes.Single(s => s.Group == box.Group && s.Name.StartsWith("Type: ", StringComparison.Ordinal));
                    box.Group.Should().NotBeNull();
                    letters.Should().Contain(badge.Paragraphs[0]);
                }
                slide.Connectors.Where(c => string.IsNullOrEmpty(c.Description) || c.StartId == null || c.EndId == null)
                    .Should().BeEmpty("connectors are glued to both boxes and say who reports to whom");
                foreach (var line in slide.Connectors)
                {
                    var (a, b) = (slide.Shape(line.StartId!.Value), slide.Shape(line.EndId!.Value));
                    var (manager, report) = a.Y < b.Y ? (a, b) : (b, a);
                    line.Description.Should().Be(report.Name.StartsWith("Continued", StringComparison.Ordinal)
                        ? words.MoreLineDescription(manager.Paragraphs[0], DeckChecks.Count(report))
                        : words.LineDescription(manager.Paragraphs[0], report.Paragraphs[0]));
                }
            }
        }
    }

    [Fact]
    public void Generate_OrganisationDeck_HasAnIndexWithLinksAndASectionPerChart()
    {
        var registers = Build("2000");
        var (document, deck) = Decks("2000")[0];

        var index = deck.Slides.Single(s => s.Title == "Contents");
        var links = index.Shapes.SelectMany(s => s.RunLinks).ToList();
        links.Should().Contain(deck.Slides.Where(s => s.Title == "Whole organisation" || registers.Departments.Any(d => d.Name == s.Title)).Select(s => s.Number));
        links.Should().HaveCountGreaterThan(1 + registers.Departments.Count, "large teams are listed too");
        using var package = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(new MemoryStream(document.Content), false);
        var sections = package.PresentationPart!.Presentation.Descendants<DocumentFormat.OpenXml.Office2010.PowerPoint.Section>().Select(s => s.Name!.Value).ToList();
        sections.Should().Equal(["Overview", "Whole organisation", .. registers.Departments.Select(d => d.Name), "Summary"]);
    }

    [Fact]
    public void Generate_LargeOrganisation_WholeChartStopsAtDepartmentHeadsAndLeadsToEachDepartmentsChart()
    {
        var registers = Build("2000");
        var deck = Decks("2000")[0].Deck;

        var whole = deck.Slides.Where(s => s.Section == "Whole organisation").ToList();
        whole.Should().ContainSingle("nine department heads and their links fit one slide");
        whole[0].Subtitle!.Paragraphs[0].Should().Contain("down to department heads");
        var links = whole.SelectMany(s => s.Continued).Select(c => c.LinkTarget).ToList();
        foreach (var department in registers.Departments.Where(d => d.AccessLevel is AccessLevel.Public or AccessLevel.Internal))
        {
            links.Should().Contain(deck.Slides.First(s => s.Section == department.Name).Number.ToString(CultureInfo.InvariantCulture),
                $"the whole organisation leads to {department.Name}'s chart");
        }
        deck.Slides.Count.Should().BeLessThan(130, "the deck draws each role once, not once more for the whole organisation");
    }

    [Fact]
    public void Generate_VacantRoleWhoseTasksSomeoneDoes_SaysWhoCoversIt()
    {
        var deck = Decks("long-title")[1].Deck;

        deck.Slides.SelectMany(s => s.Roles).Single(r => r.Paragraphs[0] == "Clerk").Paragraphs.Should().Contain("Covered by: Boss");
    }
}
