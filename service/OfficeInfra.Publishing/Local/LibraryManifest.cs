using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Publishing.Library;

namespace OfficeInfra.Publishing.Local;

/// <summary>
/// <c>manifest.json</c> at the library root (SPEC §3): the documents we produced with their hashes, every department
/// folder with its access level and grants, and the stale documents we produced earlier. It is also how the next run
/// tells our documents from the user's files, and (SPEC §3a) what each document's next version follows on from.
/// </summary>
/// <param name="LastIssued">The highest document ID number issued per prefix, so that an ID is never given twice
/// (null in manifests written before documents were controlled).</param>
public sealed record LibraryManifest(
    DateTimeOffset GeneratedAt,
    IReadOnlyList<RecordedDocument> Documents,
    IReadOnlyList<ManifestFolder> Folders,
    IReadOnlyList<string> Stale,
    IReadOnlyDictionary<string, int>? LastIssued = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Keeps Unicode names readable in the file; it is JSON on disk, never HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>
    /// The manifest after applying <paramref name="plan"/> for <paramref name="desired"/>. A document left alone
    /// because it was edited by hand keeps its line from <paramref name="before"/>: it stays edited, at the version it
    /// had, until the user overwrites it.
    /// </summary>
    public static LibraryManifest After(LibraryPlan plan, DesiredLibrary desired, DateTimeOffset now, LibraryManifest? before = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(desired);
        var changes = plan.Documents.ToDictionary(d => d.Path, d => d.Change, StringComparer.OrdinalIgnoreCase);
        var previous = (before?.Documents ?? []).GroupBy(d => d.Path, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var permissions = plan.Permissions.ToDictionary(p => p.Path, StringComparer.OrdinalIgnoreCase);
        return new LibraryManifest(
            now,
            desired.Documents.Where(d => changes.GetValueOrDefault(d.Path) != DocumentChange.Conflict)
                .Select(d => changes.GetValueOrDefault(d.Path) == DocumentChange.Edited && previous.TryGetValue(d.Path, out var kept)
                    ? kept : RecordedDocument.Of(d)).ToList(),
            desired.Folders.Select(f => new ManifestFolder(f.Department, f.Path, f.Access.ToString(),
                Lines(Kept(f.Grants, permissions.GetValueOrDefault(f.Path))), Lines(f.Grants))).ToList(),
            plan.Documents.Where(d => d.Change == DocumentChange.Stale).Select(d => d.Path).ToList(),
            desired.LastIssued ?? before?.LastIssued);
    }

    /// <summary>Reads a manifest; null when there is none. A damaged one is refused: without it we cannot tell our files from the user's.</summary>
    public static LibraryManifest? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<LibraryManifest>(File.ReadAllBytes(path), Json)
                ?? throw new JsonException("empty manifest");
        }
        catch (JsonException e)
        {
            throw new OfficeInfraException(ErrorKind.TargetFailed,
                $"The library's manifest.json is damaged, so OfficeInfra cannot tell its own documents from yours; restore it or generate into an empty folder.", e);
        }
    }

    /// <summary>
    /// Reads records a caller sent (a previous generate job's <c>manifest.json</c>). Throws <see cref="OfficeInfraException"/>
    /// (UnreadableInput) when they are not such records.
    /// </summary>
    public static LibraryManifest Parse(byte[] json)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<LibraryManifest>(json, Json);
            if (manifest?.Documents is null || manifest.Folders is null || manifest.Documents.Any(d => d is null || d.Path is null || d.Sha256 is null))
            {
                throw new JsonException("not a manifest");
            }
            return manifest with { Stale = manifest.Stale ?? [] };
        }
        catch (JsonException e)
        {
            throw new OfficeInfraException(ErrorKind.UnreadableInput,
                "'records' is not a library's records: send the manifest.json a previous generate job returned (result.recordsUrl).", e);
        }
    }

    /// <summary>The manifest as UTF-8 JSON.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>Every path this manifest says we produced (current and stale).</summary>
    public IEnumerable<string> OurPaths() => Documents.Select(d => d.Path).Concat(Stale);

    /// <summary>The grant role as SPEC §3 spells it.</summary>
    public static string RoleName(GrantRole role) => role.ToString().ToLowerInvariant();

    /// <summary>Parses a role written by <see cref="RoleName"/>.</summary>
    public static GrantRole ParseRole(string role) => Enum.Parse<GrantRole>(role, ignoreCase: true);

    private static List<ManifestGrant> Lines(IEnumerable<Grant> grants) => grants.Select(g => new ManifestGrant(g.Principal, RoleName(g.Role))).ToList();

    // Locally a grant is a line in this file: what the access level gives, plus drift the user chose to keep.
    private static IEnumerable<Grant> Kept(IReadOnlyList<Grant> desired, PlannedPermissions? planned) =>
        planned is null ? desired : desired.Concat(planned.Drift.Where(d => !planned.Remove.Contains(d)));
}

/// <summary>One department folder in the manifest.</summary>
/// <param name="Grants">Every grant the folder holds: what its access level gives, plus drift kept because pruning was
/// not asked for.</param>
/// <param name="Granted">The grants the product gave (what the access level gave on this run), so that the next run
/// can take back those the registers stop giving while leaving grants someone else added as drift. Null in
/// manifests written before it was recorded.</param>
public sealed record ManifestFolder(string Department, string Path, string Access, IReadOnlyList<ManifestGrant> Grants,
    IReadOnlyList<ManifestGrant>? Granted = null);

/// <summary>One grant on a department folder.</summary>
public sealed record ManifestGrant(string Principal, string Role);
