using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Journey;
using OfficeInfra.Documents.Tests.OrgCharts;
using OfficeInfra.Registers.Journey;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Journey;

/// <summary>
/// Blueprints of organisations of many shapes (one to nine departments, few or many roles and processes, journeys of
/// one to forty stages): each passes the validator, shows every stage exactly once in journey order, and never
/// prints below 9 pt or off the slide.
/// </summary>
public sealed class BlueprintPropertyTests
{
    [Fact]
    public void AnyOrganisationAndJourney_GivesAValidReadableBlueprint() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(12), Prop.ForAll(
            (from departments in Gen.Choose(1, 9)
             from roles in Gen.Choose(9, 60)
             from processes in Gen.Choose(1, 25)
             from stages in Gen.Choose(1, 40)
             from seed in Gen.Choose(1, 1000)
             select (departments, roles, processes, stages, seed)).ToArbitrary(), shape =>
        {
            var registers = SyntheticJourney.Add(SyntheticOrganisation.Create(Math.Max(shape.roles, shape.departments), shape.roles * 3,
                shape.processes, shape.departments, shape.seed), shape.stages);
            var deck = DeckView.Open(new ServiceBlueprintGenerator().Generate(registers, new ControlBook(new DateOnly(2026, 1, 1))).Single().Content);
            var shown = deck.Slides.Skip(1).SelectMany(s => s.Shapes.Where(x => x.Name.StartsWith("Stage ", StringComparison.Ordinal)).OrderBy(x => x.X))
                .Select(x => x.Paragraphs.Single()).ToList();
            return deck.ValidationErrors.Count == 0
                && shown.SequenceEqual(CustomerJourney.Of(registers).Stages.Select(s => s.Name))
                && deck.Slides.All(s => s.Shapes.All(x => x.RunSizes.All(size => size >= 900)
                    && x.X >= 0 && x.Y >= 0 && x.X + x.Width <= deck.SlideWidth && x.Y + x.Height <= deck.SlideHeight));
        }));
}
