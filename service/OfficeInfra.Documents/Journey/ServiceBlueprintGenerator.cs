using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.OrgCharts.Slides;
using OfficeInfra.Documents.Packaging;
using OfficeInfra.Registers.Journey;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Documents.Journey;

/// <summary>
/// The service blueprint, <c>Customer Journey.pptx</c> at the library root: a title slide with the document control
/// block, then the journey's stages left to right in lanes (see <see cref="BlueprintSlideWriter"/>), on one slide or
/// one slide per phase. Registers without a journey get no blueprint.
/// </summary>
public sealed class ServiceBlueprintGenerator : IDocumentSource
{
    /// <summary>The subject of the blueprint (one per library).</summary>
    public const string Subject = "Customer Journey";

    /// <inheritdoc />
    public int Count(CheckedRegisters registers) => HasJourney(registers.Registers) ? 1 : 0;

    /// <inheritdoc />
    public IEnumerable<(DocumentKind Kind, string Key)> Keys(CheckedRegisters registers) =>
        HasJourney(registers.Registers) ? [(DocumentKind.ServiceBlueprint, Subject)] : [];

    /// <inheritdoc />
    public IEnumerable<GeneratedDocument> Generate(CheckedRegisters registers, ControlBook book)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(book);
        return Generate(registers.Registers, book);
    }

    private static IEnumerable<GeneratedDocument> Generate(RegisterSet registers, ControlBook book)
    {
        var journey = CustomerJourney.Of(registers);
        if (journey.IsEmpty)
        {
            yield break;
        }
        var organisation = string.IsNullOrWhiteSpace(registers.Organisation) ? OrgCharts.ChartWords.DefaultOrganisation : registers.Organisation.Trim();
        var language = registers.Settings.DocumentLanguage;
        var facts = JourneyWording.Facts(organisation, journey);
        yield return book.Issue(new DocumentDraft(DocumentKind.ServiceBlueprint, null, Subject, organisation, string.Empty,
            ModelHash.Of(facts, organisation), facts, JourneyWording.For(language),
            control => Render(organisation, journey, BlueprintWords.For(language), OrgCharts.ChartWords.For(language), control)));
    }

    private static bool HasJourney(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        return registers.Journey.Any(j => !string.IsNullOrWhiteSpace(j.Stage));
    }

    private static byte[] Render(string organisation, CustomerJourney journey, BlueprintWords words, OrgCharts.ChartWords chartWords, DocumentControl control)
    {
        var pages = BlueprintPages.Of(journey, words);
        var date = words.AsOf(control.Effective);
        var slides = new List<SlideCanvas>(pages.Count + 1)
        {
            TitleSlideWriter.Write(organisation, words.StagesInPhases(journey.Stages.Count, journey.Phases.Count), date, control,
                words.DocumentType, chartWords),
        };
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { organisation };
        var subtitle = $"{words.DocumentType} · {control.Id} {words.Version(control.Version)} · {date}";
        foreach (var page in pages)
        {
            var title = page.Title;
            for (var n = 2; !titles.Add(title); n++)
            {
                title = $"{page.Title} ({n.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
            }
            slides.Add(BlueprintSlideWriter.Write(page, title, subtitle, words, chartWords.RunLanguage));
        }
        return DeckWriter.Write(slides, DeckSections.Of([words.Overview, .. pages.Select(p => p.Section)]),
            new DocumentProperties(words.Title(organisation), words.DocumentType, organisation, control));
    }
}
