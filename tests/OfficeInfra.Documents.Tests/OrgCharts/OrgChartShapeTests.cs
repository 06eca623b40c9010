using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.OrgCharts;

public class OrgChartShapeTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    // These tests follow every role through the organisation deck; DepartmentPrivacyTests cover what it hides.
    private static readonly OrgChartOptions FullDetail = new() { FullDetail = true };

    public static TheoryData<string> Shapes => ["wide", "flat", "deep", "synthetic", "unicode"];

    private static RegisterSet Build(string shape) => shape switch
    {
        "wide" => Wide(60),
        "flat" => Wide(221),
        "deep" => Deep(15),
        "synthetic" => SyntheticOrganisation.Create(120, 10, 3),
        "unicode" => SyntheticOrganisation.Create(27, 5, 2),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static RegisterSet Wide(int reports)
    {
        var builder = new RegisterSetBuilder().Department("Sales").Role("Head of Sales", "Sales", holder: "Boss");
        for (var i = 1; i <= reports; i++)
        {
            builder.Role($"Sales Rep {i}", "Sales", "Head of Sales", holder: i % 4 == 0 ? null : $"Rep {i}");
        }
        return builder.Build();
    }

    private static RegisterSet Deep(int levels)
    {
        var builder = new RegisterSetBuilder().Department("Chain");
        for (var i = 1; i <= levels; i++)
        {
            builder.Role($"Level {i}", "Chain", i == 1 ? null : $"Level {i - 1}", holder: $"Person {i}");
        }
        return builder.Build();
    }

    // Generating and validating is the slow part; each shape's decks are read once for all the tests.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<List<(GeneratedDocument, DeckView)>>> Cache = new();

    private static List<(GeneratedDocument Document, DeckView Deck)> Decks(string shape) =>
        Cache.GetOrAdd(shape, s => new(() => new OrgChartGenerator(FullDetail).Generate(Build(s), AsOf).Select(d => (d, DeckView.Open(d.Content))).ToList())).Value;

    private static IEnumerable<SlideView> ChartSlides(DeckView deck) => deck.Slides.Where(s => s.Roles.Count > 0);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Generate_Shape_EveryDeckPassesTheValidator(string shape)
    {
        foreach (var (document, deck) in Decks(shape))
        {
            deck.ValidationErrors.Should().BeEmpty(document.Subject);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Generate_Shape_EveryRoleIsOnTheOrganisationAndItsDepartmentCharts(string shape)
    {
        var registers = Build(shape);

        var decks = Decks(shape);

        var organisation = decks[0].Deck.Slides.Where(s => s.Title.StartsWith("Whole organisation", StringComparison.Ordinal));
        organisation.SelectMany(s => s.Roles).Select(r => r.Paragraphs[0]).Should().Contain(registers.Roles.Select(r => r.Title));
        foreach (var department in registers.Departments)
        {
            var deck = decks.Single(d => d.Document.Department == department.Name).Deck;
            deck.Slides.SelectMany(s => s.Roles).Select(r => r.Paragraphs[0]).Distinct().Should().BeEquivalentTo(
                registers.Roles.Where(r => r.Department == department.Name).Select(r => r.Title));
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Generate_Shape_NoShapesOverlapAndAllStayOnTheSlide(string shape)
    {
        foreach (var (_, deck) in Decks(shape))
        {
            foreach (var slide in deck.Slides)
            {
                var circles = slide.Shapes.Where(s => s.Name.StartsWith("Type: ", StringComparison.Ordinal)).ToList();
                var solid = slide.Shapes.Except(circles).Where(s => !s.Name.EndsWith(" circle", StringComparison.Ordinal)).ToList();
                foreach (var shapeView in slide.Shapes)
                {
                    (shapeView.X >= 0 && shapeView.Y >= 0 && shapeView.X + shapeView.Width <= deck.SlideWidth &&
                        shapeView.Y + shapeView.Height <= deck.SlideHeight).Should().BeTrue($"{shapeView.Name} on slide {slide.Number} stays on the slide");
                }
                for (var i = 0; i < solid.Count; i++)
                {
                    for (var j = i + 1; j < solid.Count; j++)
                    {
                        solid[i].Intersects(solid[j]).Should().BeFalse($"{solid[i].Name} and {solid[j].Name} on slide {slide.Number} must not overlap");
                    }
                }
                circles.Where(c => slide.Roles.Count(r => c.Inside(r)) != 1).Should().BeEmpty("each type circle sits inside its own box");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Generate_Shape_EveryReportingLineIsAConnectorGluedToBothBoxes(string shape)
    {
        var registers = Build(shape);
        var managerOf = registers.Roles.ToDictionary(r => r.Title, r => r.ReportsTo);

        foreach (var (_, deck) in Decks(shape))
        {
            foreach (var slide in ChartSlides(deck))
            {
                // Lines to a report's top run manager to report; lines to a stacked report's side run report to manager.
                var lines = slide.Connectors.Select(c => c.StartSite is 1 or 3
                    ? (From: slide.Shape(c.EndId!.Value), To: slide.Shape(c.StartId!.Value), FromSite: c.EndSite, ToSite: c.StartSite)
                    : (From: slide.Shape(c.StartId!.Value), To: slide.Shape(c.EndId!.Value), FromSite: c.StartSite, ToSite: c.EndSite)).ToList();
                // A manager drawn as a bar over a wide grid has a site on its bottom edge above each column (4, 5, …).
                lines.Where(l => !(l.FromSite >= 2 && l.FromSite != 3 && l.ToSite is 0 or 1 or 3)).Should().BeEmpty("lines leave the manager's bottom and enter the report's top or a side");
                foreach (var (from, to, _, _) in lines.Where(l => l.To.Name.StartsWith("Role: ", StringComparison.Ordinal)))
                {
                    managerOf[to.Paragraphs[0]].Should().Be(from.Paragraphs[0]);
                }
                // Every box whose manager is on the same slide hangs from that manager by a connector.
                var titles = slide.Roles.Select(r => r.Paragraphs[0]).ToHashSet();
                foreach (var box in slide.Roles.Where(b => managerOf[b.Paragraphs[0]] is { } m && titles.Contains(m) && m != b.Paragraphs[0]))
                {
                    lines.Should().Contain(l => l.To.Id == box.Id, $"{box.Name} on slide {slide.Number} is joined to its manager");
                }
            }
        }
    }

    [Fact]
    public void Generate_WideTeam_StacksReportsOnLinkedContinuationSlides()
    {
        var deck = Decks("wide")[1].Deck;

        var reps = deck.Slides.SelectMany(s => s.Roles).Select(r => r.Paragraphs[0]).Where(t => t.StartsWith("Sales Rep", StringComparison.Ordinal));
        reps.Should().HaveCount(60).And.OnlyHaveUniqueItems();
        deck.Slides.Skip(1).Should().OnlyContain(s => deck.Slides.Any(o => o.Continued.Any(c => c.LinkTarget == s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        deck.Slides.Should().OnlyContain(s => s.Roles.Any(r => r.Paragraphs[0] == "Head of Sales"));
        deck.Slides.Skip(1).Should().OnlyContain(s => s.Title.StartsWith("Sales › Head of Sales", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_FlatTeamOf221_FillsEachSlideBeforeContinuing()
    {
        var deck = Decks("flat")[1].Deck;

        deck.Slides.Should().HaveCountLessThanOrEqualTo(11, "221 reports take few slides, not a long row of them");
        var reportsPerSlide = deck.Slides.Select(s => s.Roles.Count(r => r.Paragraphs[0] != "Head of Sales")).ToList();
        reportsPerSlide.SkipLast(1).Should().OnlyContain(n => n >= 20, "each slide is filled before the team continues on the next");
        reportsPerSlide.Sum().Should().Be(221);
        var head = deck.Slides[0].Roles.Single(r => r.Paragraphs[0] == "Head of Sales");
        deck.Slides[0].Roles.Where(r => r != head).Should().OnlyContain(r => r.X >= head.X && r.X + r.Width <= head.X + head.Width,
            "the reports hang in columns from the manager's bar");
    }

    [Fact]
    public void Generate_DeepChain_ContinuesOnLinkedSlidesThatLinkBack()
    {
        var deck = Decks("deep")[1].Deck;

        deck.Slides.Should().HaveCountGreaterThan(1);
        foreach (var slide in deck.Slides.Where(s => s.Continued.Count > 0))
        {
            var continued = slide.Continued.Single();
            var target = deck.Slides[int.Parse(continued.LinkTarget!, System.Globalization.CultureInfo.InvariantCulture) - 1];
            target.Subtitle!.LinkTarget.Should().Be(slide.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            target.Subtitle.Paragraphs[0].Should().Be($"‹ Continued from slide {slide.Number}: {slide.Title}");
            target.Title.Should().StartWith("Chain › Level ");
            continued.Paragraphs[0].Should().EndWith($" · slide {target.Number}");
        }
    }

    [Fact]
    public void Generate_UnicodeTitles_AreKeptExactly()
    {
        var titles = Decks("unicode")[0].Deck.Slides.SelectMany(s => s.Roles).Select(r => r.Paragraphs[0]).ToHashSet();

        titles.Should().Contain(["Role 5 财务部", "Role 6 Ops 🚀", "Role 3 \"Quoted\"", "Role 2 <Sales>", "Role 4 İstanbul Şube ıi"]);
    }

}
