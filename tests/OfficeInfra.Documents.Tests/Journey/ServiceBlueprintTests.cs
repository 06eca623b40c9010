using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Journey;
using OfficeInfra.Documents.Tests.OrgCharts;
using OfficeInfra.Registers.Journey;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Journey;

public sealed class ServiceBlueprintTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    private static readonly RegisterSet Wide = SyntheticJourney.Add(SyntheticOrganisation.Create(36, 120, 12), 20);

    private static GeneratedDocument Blueprint(RegisterSet registers) =>
        new ServiceBlueprintGenerator().Generate(registers, new ControlBook(AsOf)).Single();

    private static IEnumerable<string> Texts(DeckView deck) =>
        deck.Slides.SelectMany(s => s.Shapes).SelectMany(s => s.Paragraphs);

    [Fact]
    public void Sample_OneBlueprintAtTheRoot_ValidWithTitleSlideAndOneJourneySlide()
    {
        var document = Blueprint(SampleOrganisation.Create());

        document.Should().Match<GeneratedDocument>(d => d.Kind == DocumentKind.ServiceBlueprint && d.Department == null
            && d.Subject == "Customer Journey" && d.Record!.Control!.Id == "CJ-0001");
        var deck = DeckView.Open(document.Content);
        deck.ValidationErrors.Should().BeEmpty();
        // Nine stages are too wide for one slide: one slide per phase after the title slide.
        deck.Slides.Select(s => s.Title).Should().Equal("Contoso Ltd", "Awareness", "Purchase", "Delivery", "Use", "Support and renewal");
    }

    [Fact]
    public void EveryStageChannelAndProcessOfTheRegisters_AppearsInTheBlueprint()
    {
        foreach (var registers in new[] { SampleOrganisation.Create(), Wide })
        {
            var deck = DeckView.Open(Blueprint(registers).Content);
            var texts = Texts(deck).ToHashSet();
            var joined = string.Join("\n", texts);
            registers.Journey.Select(j => j.Stage.Trim()).Should().OnlyContain(s => texts.Contains(s));
            registers.Journey.SelectMany(j => j.BackStage).Should().OnlyContain(p => texts.Contains(p));
            registers.Journey.SelectMany(j => j.FrontStage).Should().OnlyContain(c => joined.Contains(c, StringComparison.Ordinal));
            registers.Journey.Where(j => j.PainPoint != null).Should().OnlyContain(j => texts.Contains(j.PainPoint!));
        }
    }

    [Fact]
    public void WideJourney_OneSlidePerPhase_EachStageOnce_LeftToRightInOrder()
    {
        var deck = DeckView.Open(Blueprint(Wide).Content);
        var journey = CustomerJourney.Of(Wide);

        deck.ValidationErrors.Should().BeEmpty();
        deck.Slides.Skip(1).Select(s => s.Title).Should().Equal(journey.Phases.Select(p => p.Name));
        var stages = deck.Slides.Skip(1).SelectMany(s => s.Shapes.Where(x => x.Name.StartsWith("Stage ", StringComparison.Ordinal)).OrderBy(x => x.X))
            .Select(x => x.Paragraphs.Single()).ToList();
        stages.Should().Equal(journey.Stages.Select(s => s.Name));
    }

    [Fact]
    public void Slides_TextAtLeastNinePoints_TitlePlaceholders_AltTextOnEveryBox_ConnectorsGlued()
    {
        foreach (var registers in new[] { SampleOrganisation.Create(), Wide })
        {
            var deck = DeckView.Open(Blueprint(registers).Content);
            foreach (var slide in deck.Slides)
            {
                slide.Shapes.SelectMany(s => s.RunSizes).Should().OnlyContain(size => size >= 900, "text is never below 9 pt");
                slide.Shapes.Should().ContainSingle(s => s.IsTitlePlaceholder);
                slide.Shapes.Should().OnlyContain(s => s.X >= 0 && s.Y >= 0 && s.X + s.Width <= deck.SlideWidth && s.Y + s.Height <= deck.SlideHeight);
                slide.Connectors.Should().NotContain(c => c.StartId == null || c.EndId == null
                    || !slide.Shapes.Any(s => s.Id == c.StartId) || !slide.Shapes.Any(s => s.Id == c.EndId));
            }
            var boxes = deck.Slides.Skip(1).SelectMany(s => s.Shapes).Where(s => s.Name.Contains(": ", StringComparison.Ordinal)).ToList();
            boxes.Should().NotBeEmpty().And.OnlyContain(b => !string.IsNullOrEmpty(b.Description));
            deck.Slides.Skip(1).Should().OnlyContain(s => s.Connectors.Count > 0);
        }
    }

    [Fact]
    public void PainPoints_AreMarkedInRed_GluedToTheirCustomerAction()
    {
        var registers = SampleOrganisation.Create();
        var deck = DeckView.Open(Blueprint(registers).Content);

        var pains = deck.Slides.SelectMany(s => s.Shapes).Where(s => s.Name.StartsWith("Pain points: ", StringComparison.Ordinal)).ToList();

        pains.Should().HaveCount(registers.Journey.Count(j => j.PainPoint != null)).And.OnlyContain(p => p.Outline == "FF0000");
        foreach (var slide in deck.Slides)
        {
            foreach (var pain in slide.Shapes.Where(s => pains.Contains(s)))
            {
                slide.Connectors.Should().Contain(c => c.EndId == pain.Id && slide.Shape(c.StartId!.Value).Name.StartsWith("Customer actions: ", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void OnStageLanes_AreTheDepartments_AndTheLineOfVisibilitySeparatesThemFromTheProcesses()
    {
        var deck = DeckView.Open(Blueprint(SampleOrganisation.Create()).Content);
        var support = deck.Slides.Single(s => s.Title == "Support and renewal");

        support.Shapes.Where(s => s.Name.StartsWith("Lane On stage: ", StringComparison.Ordinal)).Select(s => s.Paragraphs.Single())
            .Should().Equal("On stage: Operations", "On stage: Legal Compliance", "On stage: Marketing");
        var line = support.Shapes.Single(s => s.Name == "Line of visibility");
        support.Shapes.Where(s => s.Name.StartsWith("On stage: ", StringComparison.Ordinal)).Should().OnlyContain(s => s.Y + s.Height <= line.Y);
        support.Shapes.Where(s => s.Name.StartsWith("Back stage (processes): ", StringComparison.Ordinal)).Should().OnlyContain(s => s.Y >= line.Y);
    }

    [Fact]
    public void NoJourney_NoBlueprint_AndSameRegistersGiveTheSameBytes()
    {
        var generator = new ServiceBlueprintGenerator();
        var without = SampleOrganisation.Create() with { Journey = [] };

        generator.Count(without).Should().Be(0);
        generator.Keys(without).Should().BeEmpty();
        generator.Generate(without, new ControlBook(AsOf)).Should().BeEmpty();
        Blueprint(SampleOrganisation.Create()).Content.Should().Equal(Blueprint(SampleOrganisation.Create()).Content);
    }
}
