using System.Text.Json.Serialization;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>A department folder line of <c>manifest.json</c>: its access level and grants, for people reading the library.</summary>
internal sealed record ManifestFolder(
    [property: JsonPropertyName("department")] string Department,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("access")] string Access,
    [property: JsonPropertyName("grants")] IReadOnlyList<ManifestGrant> Grants);

/// <summary>A grant line of <c>manifest.json</c>.</summary>
internal sealed record ManifestGrant(
    [property: JsonPropertyName("principal")] string Principal,
    [property: JsonPropertyName("role")] string Role);
