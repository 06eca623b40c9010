using System.Globalization;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Journey;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Journey;

/// <summary>
/// What the blueprint's and the systems map's history names, in the organisation's language: each stage (and what
/// each of its lanes shows) or each row of the systems map that came, went or changed. The facts keep English keys
/// (they are the records' data); only the sentences are in the language, a changed value said as every history says
/// it (<see cref="ChangeWords"/>).
/// </summary>
public sealed partial class JourneyWording : IChangeWording
{
    private readonly IReadOnlyDictionary<string, string> _nouns;
    private readonly IReadOnlyDictionary<string, string> _fields;
    private readonly Func<string, string, string> _added;
    private readonly Func<string, string, string> _removed;
    private readonly ChangeWords _words;
    private readonly SystemsWords _tables;

    private JourneyWording(ChangeWords words, SystemsWords tables, IReadOnlyDictionary<string, string> nouns, IReadOnlyDictionary<string, string> fields,
        Func<string, string, string> added, Func<string, string, string> removed)
    {
        _words = words;
        _tables = tables;
        _nouns = nouns;
        _fields = fields;
        _added = added;
        _removed = removed;
    }

    /// <summary>The wording of <paramref name="language"/>.</summary>
    public static JourneyWording For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => Turkish,
        DocumentLanguage.ChineseSimplified => Chinese,
        _ => English,
    };

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
        if (RowsKeptWhole(change.OldFacts))
        {
            // The records hold the systems map in the shape before its rows had fields: the two cannot be compared
            // row by row, and this version is the one that changed the workbook's layout.
            return null;
        }
        var colon = change.Item.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return _words.Field(change.Key, Name(change.Key), change.Old, change.New);
        }
        var kind = change.Item[..colon];
        var noun = _nouns.GetValueOrDefault(kind, kind);
        return change.Field switch
        {
            null when change.Old is null => _added(noun, _words.Quote(change.New!)),
            null when change.New is null => _removed(noun, _words.Quote(change.Old)),
            null => _words.Field(noun, change.Old, change.New),
            var field => _words.Field(field, $"{change.Fact(change.Item)}{_fields["separator"]}{FieldName(kind, field)}", change.Old, change.New),
        };
    }

    private static bool RowsKeptWhole(IReadOnlyDictionary<string, string> facts) =>
        facts.Keys.Any(k => k.StartsWith("systemprocesses:", StringComparison.Ordinal) || k.StartsWith("systems:", StringComparison.Ordinal)
            || k.StartsWith("silos:", StringComparison.Ordinal));

    /// <summary>A blueprint lane's name, or a systems map column's header (its fields are column numbers).</summary>
    private string FieldName(string kind, string field)
    {
        var headers = kind switch
        {
            System => _tables.SystemsHeaders,
            Process => _tables.ProcessHeaders,
            Silo => _tables.SiloHeaders,
            _ => null,
        };
        return headers is not null && int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var column)
            && column < headers.Count ? headers[column] : Name(field);
    }

    private string Name(string key) => _fields.GetValueOrDefault(key, key);
}
