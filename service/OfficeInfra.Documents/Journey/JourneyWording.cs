using OfficeInfra.Documents.Control;
using OfficeInfra.Registers.Journey;

namespace OfficeInfra.Documents.Journey;

/// <summary>What the blueprint's and the systems map's history names: each stage (and its lanes) or each system.</summary>
public sealed class JourneyWording : IChangeWording
{
    /// <summary>The one instance (it holds no state).</summary>
    public static JourneyWording Instance { get; } = new();

    /// <summary>The facts of a blueprint of <paramref name="journey"/>: every stage with what each lane shows.</summary>
    internal static IReadOnlyDictionary<string, string> Facts(string title, CustomerJourney journey)
    {
        var facts = new ModelFacts().Field("Title", title);
        foreach (var stage in journey.Stages)
        {
            var s = stage.Source;
            facts.Item("stage", stage.Path, stage.Path, ("customer action", s.CustomerAction?.Trim()), ("pain point", s.PainPoint?.Trim()),
                ("front stage", s.FrontStage), ("on stage", s.OnStage?.Trim()), ("on stage by", stage.Actors.Select(a => a.Name).ToList()),
                ("back stage", stage.Processes.Select(p => p.Name.Trim()).ToList()), ("systems", stage.Systems), ("KPI", s.Kpi?.Trim()));
        }
        return facts.Facts;
    }

    /// <inheritdoc />
    public bool IsAnchor(string key) => false;

    /// <inheritdoc />
    public string? Describe(FactChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var colon = change.Item.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return ChangeSummary.Field(change.Key, change.Old, change.New);
        }
        var kind = change.Item[..colon];
        var name = change.Fact(change.Item);
        return change.Field switch
        {
            null when change.Old is null => $"{Capital(kind)} '{change.New}' added",
            null when change.New is null => $"{Capital(kind)} '{change.Old}' removed",
            null => ChangeSummary.Field(Capital(kind), change.Old, change.New),
            var field => ChangeSummary.Field($"{name}: {field}", change.Old, change.New),
        };
    }

    private static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
