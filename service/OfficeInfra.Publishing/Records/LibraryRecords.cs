using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Publishing.Records;

/// <summary>
/// The library's records, <c>manifest.json</c> at its root (SPEC §3 and §3a), the same for the local folder and for
/// SharePoint: the documents the product wrote (hash, control record, and on SharePoint the cTag it left and whether
/// an upload is pending), every department folder with the grants it holds and the grants the product gave, the
/// stale documents, the document ID numbers issued, and (SharePoint) the publish now running. It is how the next run
/// tells the product's documents from people's files, what each document's next version follows on from, and which
/// grants are the product's to take back.
/// </summary>
/// <param name="GeneratedAt">When the records were last written.</param>
/// <param name="LastIssued">The highest document ID number issued per prefix, so that an ID is never given twice
/// (null in records written before documents were controlled).</param>
/// <param name="Publishing">The publish now applying a plan (SharePoint), null when none is.</param>
public sealed record LibraryRecords(
    [property: JsonPropertyName("generatedAt")] DateTimeOffset? GeneratedAt,
    [property: JsonPropertyName("documents")] IReadOnlyList<RecordedDocument> Documents,
    [property: JsonPropertyName("folders")] IReadOnlyList<RecordedFolder> Folders,
    [property: JsonPropertyName("stale")] IReadOnlyList<string> Stale,
    [property: JsonPropertyName("lastIssued")] IReadOnlyDictionary<string, int>? LastIssued = null,
    [property: JsonPropertyName("publishing"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PublishRun? Publishing = null)
{
    /// <summary>The records' file name at the library root.</summary>
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Keeps Unicode names readable in the file; it is JSON on disk, never HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The records of a library the product has not written to yet.</summary>
    public static LibraryRecords Empty { get; } = new(null, [], [], []);

    /// <summary>
    /// The records once <paramref name="plan"/> is applied for <paramref name="desired"/>. A document left alone
    /// because it was edited by hand keeps its line from <paramref name="before"/> (it stays edited, at the version it
    /// had, until the user overwrites it); an unchanged one keeps the cTag it had.
    /// </summary>
    /// <param name="written">The lines of documents written (or about to be) on this run, when the target records more
    /// than <see cref="RecordedDocument.Of"/> says (SharePoint: the cTag, or pending); by path.</param>
    /// <param name="toDelete">Documents a pruning run has yet to delete: still listed, so a run that dies before
    /// deleting them still knows they are the product's.</param>
    /// <param name="permissionsApplied">False while a run has yet to finish the folders' permissions: each folder then
    /// records as given both what was given before and what is given now, so a run that dies half way does not forget
    /// a grant it still has to take back.</param>
    /// <param name="folderLabels">The folder labels applied on this run (SharePoint: those the tenant took); null: every
    /// planned one (the local target, which only records them).</param>
    public static LibraryRecords After(LibraryPlan plan, DesiredLibrary desired, DateTimeOffset now, LibraryRecords? before,
        IReadOnlyDictionary<string, RecordedDocument>? written = null, IEnumerable<string>? toDelete = null, bool permissionsApplied = true,
        IReadOnlyDictionary<string, string>? folderLabels = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(desired);
        var previous = (before ?? Empty).ByPath();
        var documents = new List<RecordedDocument>();
        // Each wanted document comes with its plan line, in the layout's order.
        foreach (var (spec, change) in plan.Documents.Where(d => d.Spec is not null).Select(d => (d.Spec!, d.Change)))
        {
            var old = previous.GetValueOrDefault(spec.Path);
            if (change == DocumentChange.Conflict || (change == DocumentChange.Edited && old is null))
            {
                continue;
            }
            documents.Add(change switch
            {
                DocumentChange.Edited => old!,
                DocumentChange.Unchanged => RecordedDocument.Of(spec) with { CTag = old?.CTag },
                _ => written?.GetValueOrDefault(spec.Path) ?? RecordedDocument.Of(spec),
            });
        }
        documents.AddRange((toDelete ?? []).Select(previous.GetValueOrDefault).OfType<RecordedDocument>());
        // A folder's permissions and its earlier record are found by its department, the key the layout filed it under.
        var permissions = plan.Permissions.Where(p => p.Department is not null)
            .GroupBy(p => p.Department!.Value).ToDictionary(g => g.Key, g => g.First());
        var folders = (before ?? Empty).Folders.GroupBy(f => new RegisterName(f.Department)).ToDictionary(g => g.Key, g => g.First());
        var labels = new Dictionary<string, string>((before ?? Empty).FolderLabels(), StringComparer.OrdinalIgnoreCase);
        foreach (var (path, label) in folderLabels ?? (plan.FolderLabels ?? []).ToDictionary(l => l.Path, l => l.Label, StringComparer.OrdinalIgnoreCase))
        {
            labels[path] = label;
        }
        return new LibraryRecords(
            now,
            documents,
            desired.Folders.Select(f =>
            {
                var given = permissionsApplied || !folders.TryGetValue(f.Department, out var old) ? f.Grants : f.Grants.Concat(old.Given()).Distinct().ToList();
                var held = new[] { f.Path }.Concat(f.ProcessRecords ?? []).Where(labels.ContainsKey)
                    .ToDictionary(p => p, p => labels[p], StringComparer.Ordinal);
                return new RecordedFolder(f.Department, f.Path, f.Access.ToString(),
                    Lines(Kept(f.Grants, permissions.GetValueOrDefault(f.Department))), Lines(given), held.Count == 0 ? null : held);
            }).ToList(),
            plan.Documents.Where(d => d.Change == DocumentChange.Stale).Select(d => d.Path).ToList(),
            desired.LastIssued ?? before?.LastIssued);
    }

    /// <summary>
    /// Reads records from the library. A damaged file is refused: without it the product cannot tell its own
    /// documents from people's files.
    /// </summary>
    public static LibraryRecords Read(byte[] json)
    {
        try
        {
            return Valid(JsonSerializer.Deserialize<LibraryRecords>(json, Json));
        }
        catch (JsonException e)
        {
            throw new OfficeInfraException(ErrorKind.TargetFailed,
                $"The library's {FileName} is damaged, so OfficeInfra cannot tell its own documents from yours; restore it (SharePoint keeps its earlier versions) or publish into an empty library.", e);
        }
    }

    /// <summary>
    /// Reads records a caller sent (a previous generate job's <c>manifest.json</c>). Throws <see cref="OfficeInfraException"/>
    /// (UnreadableInput) when they are not such records.
    /// </summary>
    public static LibraryRecords Parse(byte[] json)
    {
        try
        {
            return Valid(JsonSerializer.Deserialize<LibraryRecords>(json, Json));
        }
        catch (JsonException e)
        {
            throw new OfficeInfraException(ErrorKind.UnreadableInput,
                "'records' is not a library's records: send the manifest.json a previous generate job returned (result.recordsUrl).", e);
        }
    }

    /// <summary>The records as UTF-8 JSON.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>The retention labels the product applied to folders, by path.</summary>
    public IReadOnlyDictionary<string, string> FolderLabels() => Folders.SelectMany(f => f.Labels ?? new Dictionary<string, string>())
        .GroupBy(l => l.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every path these records say the product produced (current and stale).</summary>
    public IEnumerable<string> OurPaths() => Documents.Select(d => d.Path).Concat(Stale);

    /// <summary>The document lines by path (SharePoint and the planner compare paths ignoring case); the first wins.</summary>
    public IReadOnlyDictionary<string, RecordedDocument> ByPath() => Documents.GroupBy(d => d.Path, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    private static LibraryRecords Valid(LibraryRecords? records)
    {
        if (records?.Documents is null || records.Folders is null || records.Documents.Any(d => d is null || d.Path is null || d.Sha256 is null)
            || records.Folders.Any(f => f is null || f.Path is null))
        {
            throw new JsonException("not a library's records");
        }
        CheckFacts(records.Documents);
        return records with { Stale = records.Stale ?? [] };
    }

    // Packed facts are read only when a document changes: check now that each inflates to facts, within one budget for
    // the whole file, so that damage is reported as the records' and a hostile file cannot inflate without bound.
    private static void CheckFacts(IEnumerable<RecordedDocument> documents)
    {
        var budget = PackedFacts.MaxInflatedBytes;
        foreach (var packed in documents.Select(d => d.Model).OfType<PackedFacts>())
        {
            try
            {
                budget -= PackedFacts.Check(packed.Gzip, budget);
            }
            catch (InvalidDataException e)
            {
                throw new JsonException("a document's model is damaged", e);
            }
        }
    }

    private static List<RecordedGrant> Lines(IEnumerable<Grant> grants) => grants.Select(RecordedGrant.Of).ToList();

    // What a folder holds after the run: what the access level gives, plus drift the user chose to keep.
    private static IEnumerable<Grant> Kept(IReadOnlyList<Grant> desired, PlannedPermissions? planned) =>
        planned is null ? desired : desired.Concat(planned.Drift.Where(d => !planned.Remove.Contains(d)));
}
