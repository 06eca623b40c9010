using System.Text.Json.Serialization;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// A department folder line of <c>manifest.json</c>: its access level and the grants we gave it, for people reading
/// the library and for the next run, which takes back a grant we gave once the registers stop giving it.
/// </summary>
internal sealed record ManifestFolder(
    [property: JsonPropertyName("department")] string Department,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("access")] string Access,
    [property: JsonPropertyName("grants")] IReadOnlyList<ManifestGrant> Grants);

/// <summary>A grant line of <c>manifest.json</c>.</summary>
internal sealed record ManifestGrant(
    [property: JsonPropertyName("principal")] string Principal,
    [property: JsonPropertyName("role")] string Role);
