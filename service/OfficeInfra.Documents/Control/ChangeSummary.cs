using OfficeInfra.Documents.Wording;

namespace OfficeInfra.Documents.Control;

/// <summary>
/// The one place that compares two models of a document and says what changed, in document order. The kind of
/// document names each change (<see cref="IChangeWording"/>); the fields of an item that came or went are not
/// repeated after the item itself.
/// </summary>
public static class ChangeSummary
{
    /// <summary>The fact under which each document records the hash of its template: a new template is "Template changed".</summary>
    public const string TemplateFact = "template";

    /// <summary>The changes from <paramref name="older"/> to <paramref name="newer"/>, each one sentence.</summary>
    public static IReadOnlyList<string> Describe(IChangeWording wording, IReadOnlyDictionary<string, string> older,
        IReadOnlyDictionary<string, string> newer)
    {
        ArgumentNullException.ThrowIfNull(wording);
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var changes = new List<FactChange>();
        foreach (var (key, value) in newer)
        {
            var old = older.GetValueOrDefault(key);
            if (old != value && !IsMark(key) && (old is not null || !Untracked(key, older, newer)))
            {
                changes.Add(new FactChange(key, old, value, older, newer));
            }
        }
        changes.AddRange(older.Where(f => !newer.ContainsKey(f.Key) && !IsMark(f.Key)).Select(f => new FactChange(f.Key, f.Value, null, older, newer)));
        var comeOrGone = changes.Where(c => c.Field is null && (c.Old is null || c.New is null)).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var change in changes.Where(c => c.Field is null || !comeOrGone.Contains(c.Item)))
        {
            var sentence = change.Key == TemplateFact ? wording.Words.TemplateChanged : wording.Describe(change);
            if (sentence is not null && !words.Contains(sentence))
            {
                words.Add(sentence);
            }
        }
        return words;
    }

    // A fact the older model lacks although it could not have gone without it: a plain field (every model of a kind
    // has each), a field of an item it has, or an item of a kind the newer model marks as kept and the older does not
    // (ModelFacts.Tracks). The product did not record it then (records written by an earlier version, before the
    // document named that field or list), so it is not a change. (A fact the newer model no longer has is for the
    // document's wording to name, as the organisation deck names its task figures gone.)
    private static bool Untracked(string key, IReadOnlyDictionary<string, string> older, IReadOnlyDictionary<string, string> newer)
    {
        var colons = key.Count(c => c == ':');
        if (colons == 1)
        {
            var mark = ModelFacts.Mark(key[..key.IndexOf(':')]);
            return newer.ContainsKey(mark) && !older.ContainsKey(mark);
        }
        if (colons == 0)
        {
            return true;
        }
        var item = key[..key.LastIndexOf(':')];
        return older.ContainsKey(item) || Untracked(item, older, newer);
    }

    // Marks say which lists the facts keep; they are bookkeeping, never a change a reader sees.
    private static bool IsMark(string key) => key.StartsWith('#');

    /// <summary>Says how a plain field changed: "Reports to changed from COO to CEO".</summary>
    public static string Field(string name, string? old, string? @new) => ChangeWords.English.Field(name, old, @new);
}
