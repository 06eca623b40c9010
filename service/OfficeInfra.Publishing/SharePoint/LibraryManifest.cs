using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeInfra.Documents;
using OfficeInfra.Publishing.Library;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// <c>manifest.json</c> in the library root: the content hash of every document we wrote. One file rather than a
/// list column because one GET reads every hash, the library's schema stays as its owners made it (adding a column
/// needs Manage Lists and shows up in every view), it works under Sites.Selected, and the local target keeps the
/// same file. Each hash is tied to the file's cTag, so a file replaced by hand is not mistaken for ours unchanged.
/// </summary>
internal sealed record LibraryManifest(
    [property: JsonPropertyName("documents")] IReadOnlyList<ManifestDocument> Documents,
    [property: JsonPropertyName("folders")] IReadOnlyList<ManifestFolder> Folders,
    [property: JsonPropertyName("stale")] IReadOnlyList<string> Stale,
    [property: JsonPropertyName("publishing")] ManifestRun? Publishing = null)
{
    /// <summary>The manifest's name in the library root.</summary>
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault };

    public static LibraryManifest Empty { get; } = new([], [], []);

    public static LibraryManifest Parse(byte[]? bytes)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return Empty;
        }
        try
        {
            return JsonSerializer.Deserialize<LibraryManifest>(bytes, Json) ?? Empty;
        }
        catch (JsonException)
        {
            // A manifest someone broke by hand only costs a re-upload: every hash becomes unknown.
            return Empty;
        }
    }

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this with
    {
        Documents = Documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToList(),
        Folders = Folders.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
        Stale = Stale.Order(StringComparer.Ordinal).ToList(),
    }, Json);

    public static ManifestDocument Entry(DocumentSpec spec, string? cTag, bool pending) =>
        new(KindName(spec.Kind), spec.Department, spec.Subject, spec.Path, spec.Sha256, cTag, pending);

    public static ManifestFolder Folder(FolderSpec spec) => Folder(spec, spec.Grants);

    /// <summary>A folder line recording <paramref name="granted"/> as the grants we gave it.</summary>
    public static ManifestFolder Folder(FolderSpec spec, IEnumerable<Grant> granted) => new(spec.Department, spec.Path, spec.Access.ToString(),
        granted.Select(g => new ManifestGrant(g.Principal, g.Role.ToString().ToLowerInvariant())).ToList());

    /// <summary>The grants a folder line records; a line someone broke by hand (unknown role, no principal) is skipped.</summary>
    public static IEnumerable<Grant> Grants(ManifestFolder folder) => folder.Grants
        .Where(g => !string.IsNullOrWhiteSpace(g.Principal) && Enum.TryParse<GrantRole>(g.Role, ignoreCase: true, out _))
        .Select(g => new Grant(g.Principal, Enum.Parse<GrantRole>(g.Role, ignoreCase: true)));

    private static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.JobDescription => "job-description",
        DocumentKind.Sop => "sop",
        _ => "org-chart",
    };
}
