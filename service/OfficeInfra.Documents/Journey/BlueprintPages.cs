using OfficeInfra.Registers.Journey;

namespace OfficeInfra.Documents.Journey;

/// <summary>
/// How the journey falls into slides: the whole journey on one slide when it is narrow enough, else one slide per
/// phase, and a phase wider than a slide split into even parts.
/// </summary>
internal static class BlueprintPages
{
    /// <summary>The most stages side by side: beyond this a column gets too narrow for 9-point text.</summary>
    public const int MaxStages = 6;

    public static List<BlueprintPage> Of(CustomerJourney journey, BlueprintWords words)
    {
        if (journey.Stages.Count <= MaxStages)
        {
            return [new BlueprintPage(words.WholeJourney, words.WholeJourney, journey.Stages)];
        }
        var pages = new List<BlueprintPage>();
        foreach (var phase in journey.Phases)
        {
            var name = phase.Name.Length == 0 ? words.NoPhase : phase.Name;
            var parts = (phase.Stages.Count + MaxStages - 1) / MaxStages;
            var size = (phase.Stages.Count + parts - 1) / parts;
            for (var part = 0; part < parts; part++)
            {
                var stages = phase.Stages.Skip(part * size).Take(size).ToList();
                pages.Add(new BlueprintPage(parts == 1 ? name : BlueprintWords.Part(name, part + 1, parts), name, stages));
            }
        }
        return pages;
    }
}
