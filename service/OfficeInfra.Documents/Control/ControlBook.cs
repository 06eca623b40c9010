using System.Globalization;
using System.Security.Cryptography;

namespace OfficeInfra.Documents.Control;

/// <summary>
/// Issues controlled documents for one run (SPEC §3a). A document whose rendering matches the previous
/// records keeps its version, dates and bytes whatever the run's date; one whose content changed gets the next
/// version, this run's date and a history row saying what changed; a new one gets the next free ID of its kind.
/// IDs are never reused: the highest issued per kind is kept in <see cref="LastIssued"/>.
/// </summary>
public sealed class ControlBook
{
    /// <summary>The history row of a document that existed before documents were controlled.</summary>
    public const string FirstControlledVersion = "First controlled version";

    /// <summary>The history row of a document issued for the first time.</summary>
    public const string FirstIssue = "First issue";

    // Several sources issue at once (each its own kinds of document): claims and new IDs are taken under this lock.
    private readonly Lock _gate = new();
    private readonly Dictionary<(DocumentKind, string), ControlRecord> _byKey = [];
    private readonly List<ControlRecord> _previous;
    private readonly HashSet<ControlRecord> _claimed = [];
    private readonly Dictionary<string, int> _lastIssued;
    private readonly HashSet<(DocumentKind, string)> _currentKeys;

    /// <summary>A book for a run dated <paramref name="asOf"/>.</summary>
    /// <param name="previous">The records of the previous run (none for a new library).</param>
    /// <param name="lastIssued">The highest ID number issued so far per prefix (<c>JD</c>, <c>SOP</c>, <c>ORG</c>).</param>
    /// <param name="currentKeys">The keys of every document this run makes; a previous record whose key is not among
    /// them may be claimed by a renamed subject that shares its rows. Null: no rename matching.</param>
    /// <param name="reviewMonths">Months from the effective date to the next review.</param>
    public ControlBook(DateOnly asOf, IEnumerable<ControlRecord>? previous = null, IReadOnlyDictionary<string, int>? lastIssued = null,
        IEnumerable<(DocumentKind Kind, string Key)>? currentKeys = null, int reviewMonths = 12)
    {
        AsOf = asOf;
        ReviewMonths = reviewMonths > 0 ? reviewMonths : 12;
        _previous = [.. previous ?? []];
        foreach (var record in _previous)
        {
            _byKey.TryAdd((record.Kind, record.Key.ToUpperInvariant()), record);
        }
        _lastIssued = new Dictionary<string, int>(lastIssued ?? new Dictionary<string, int>(), StringComparer.Ordinal);
        foreach (var record in _previous.Where(r => r.Control is not null))
        {
            Raise(record.Control!.Id);
        }
        _currentKeys = (currentKeys ?? []).Select(k => (k.Kind, k.Key.ToUpperInvariant())).ToHashSet();
    }

    /// <summary>The run's date: the effective date of whatever changes in this run.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Months from a document's effective date to its next review.</summary>
    public int ReviewMonths { get; }

    /// <summary>The highest ID number issued so far per prefix, including this run's (read it once every source is done).</summary>
    public IReadOnlyDictionary<string, int> LastIssued => _lastIssued;

    /// <summary>The ID prefix of a kind of document.</summary>
    public static string Prefix(DocumentKind kind) => kind switch
    {
        DocumentKind.JobDescription => "JD",
        DocumentKind.Sop => "SOP",
        DocumentKind.ServiceBlueprint => "CJ",
        DocumentKind.BusinessSystems => "BSM",
        DocumentKind.DelegationReport => "DLG",
        _ => "ORG",
    };

    /// <summary>Controls and renders <paramref name="draft"/>: its bytes and the record the library keeps of it.</summary>
    public GeneratedDocument Issue(DocumentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return IssueAll([draft])[0];
    }

    /// <summary>
    /// Controls and renders <paramref name="drafts"/> in their order, exactly as one <see cref="Issue"/> after another
    /// would: claims and new IDs are taken one by one in order, so IDs never depend on timing; the renderings, which
    /// are most of the work and depend on nothing but their draft and control, run on every core. Safe to call from
    /// several threads at once for different kinds of document.
    /// </summary>
    public IReadOnlyList<GeneratedDocument> IssueAll(IReadOnlyList<DocumentDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ControlRecord?[] previous;
        lock (_gate)
        {
            previous = [.. drafts.Select(Claim)];
        }
        // A draft with a previous version is rendered with its old control block first: the same bytes as last time
        // mean the reader sees nothing new, and it keeps its version and dates. That holds even when its model
        // changed in something the template does not print (a manager's holder where only the title is shown):
        // a new version would carry a history row about something the document does not say.
        // (A new library has nothing to keep: no pass over the cores that would only wait for each other.)
        var documents = previous.Any(p => p?.Control is not null)
            ? EveryCore.Map(drafts, (i, draft) => previous[i]?.Control is { } kept ? KeptIfSame(draft, previous[i]!, kept) : null)
            : new GeneratedDocument?[drafts.Count];
        var controls = new DocumentControl?[drafts.Count];
        lock (_gate)
        {
            for (var i = 0; i < drafts.Count; i++)
            {
                if (documents[i] is null)
                {
                    controls[i] = Next(drafts[i], previous[i]);
                }
            }
        }
        return EveryCore.Map(drafts, (i, draft) => controls[i] is { } control ? Document(draft, draft.Render(control), control) : documents[i]!);
    }

    private static GeneratedDocument? KeptIfSame(DocumentDraft draft, ControlRecord previous, DocumentControl control)
    {
        // Today's owner and approver: one who changed is a change wherever the document prints them.
        var kept = control with { Owner = draft.Owner, Approver = draft.Approver };
        var same = draft.Render(kept);
        return Sha(same) == previous.Sha256 ? Document(draft, same, kept) : null;
    }

    private DocumentControl Next(DocumentDraft draft, ControlRecord? previous)
    {
        var review = AsOf.AddMonths(ReviewMonths);
        if (previous?.Control is not { } old)
        {
            var first = previous is null ? FirstIssue : FirstControlledVersion;
            return new DocumentControl(Take(draft.Kind), 1, AsOf, review, draft.Owner, draft.Approver, [new RevisionEntry(1, AsOf, first)]);
        }
        var changes = ChangeSummary.Describe(draft.Wording, previous.Facts ?? new Dictionary<string, string>(), draft.Facts);
        // The model hash covers everything printed; a change no fact names is the product's own layout.
        var words = changes.Count == 0 ? draft.Wording.Words.LayoutUpdated : string.Join(draft.Wording.Words.Separator, changes);
        var version = old.Version + 1;
        return new DocumentControl(old.Id, version, AsOf, review, draft.Owner, draft.Approver,
            [new RevisionEntry(version, AsOf, words), .. old.History]);
    }

    private ControlRecord? Claim(DocumentDraft draft)
    {
        var record = _byKey.GetValueOrDefault((draft.Kind, draft.Key.ToUpperInvariant()));
        record ??= Renamed(draft);
        if (record is null || !_claimed.Add(record))
        {
            return null;
        }
        return record;
    }

    // A subject that is new by name but shares most of its rows with a record whose subject has left the registers is
    // that subject renamed: it keeps the ID and its history.
    private ControlRecord? Renamed(DocumentDraft draft)
    {
        var anchors = draft.Anchors.ToList();
        if (anchors.Count == 0 || _currentKeys.Count == 0)
        {
            return null;
        }
        return _previous
            .Where(r => r.Kind == draft.Kind && r.Facts is not null && !_claimed.Contains(r)
                && !_currentKeys.Contains((r.Kind, r.Key.ToUpperInvariant())))
            .Select(r => (Record: r, Shared: anchors.Count(r.Facts!.ContainsKey), Total: r.Facts!.Keys.Count(draft.Wording.IsAnchor)))
            .Where(c => c.Shared > 0 && c.Shared * 2 >= Math.Max(c.Total, anchors.Count))
            .OrderByDescending(c => c.Shared)
            .Select(c => c.Record)
            .FirstOrDefault();
    }

    private string Take(DocumentKind kind)
    {
        var prefix = Prefix(kind);
        var next = _lastIssued.GetValueOrDefault(prefix) + 1;
        _lastIssued[prefix] = next;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{next:D4}");
    }

    private void Raise(string id)
    {
        var dash = id.LastIndexOf('-');
        if (dash > 0 && int.TryParse(id.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            var prefix = id[..dash];
            _lastIssued[prefix] = Math.Max(_lastIssued.GetValueOrDefault(prefix), n);
        }
    }

    private static GeneratedDocument Document(DocumentDraft draft, byte[] content, DocumentControl control) =>
        new(draft.Kind, draft.Department, draft.Subject, content, Record(draft, Sha(content), control));

    private static ControlRecord Record(DocumentDraft draft, string sha, DocumentControl? control) =>
        new(draft.Kind, draft.Department?.Display, draft.Subject, draft.ModelHash, sha, control, draft.Facts);

    private static string Sha(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
