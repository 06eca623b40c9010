using System.Text.Json.Serialization;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>One document line of the library's <c>manifest.json</c> (SPEC §3), plus what ties the hash to the file.</summary>
/// <param name="CTag">The file's content tag right after we uploaded it: a different cTag now means someone replaced the file, so the hash no longer holds.</param>
/// <param name="Pending">Written before an upload starts: a run that died before finishing leaves it, and the next run uploads again.</param>
internal sealed record ManifestDocument(
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("department")] string? Department,
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("cTag")] string? CTag,
    [property: JsonPropertyName("pending")] bool Pending = false);
