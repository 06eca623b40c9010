using System.Text.Json.Serialization;

namespace OfficeInfra.Publishing.Records;

/// <summary>
/// The publish now applying a plan to a SharePoint library, written into the records before anything changes and
/// cleared when it ends: a second publish that finds it stops with a sentence instead of racing the first.
/// </summary>
/// <param name="Id">Tells a retried write of our own from someone else's.</param>
/// <param name="Started">When it started (UTC, ISO 8601).</param>
/// <param name="Until">When its claim lapses, so a run that was killed does not block the library for ever.</param>
public sealed record PublishRun(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("started")] DateTimeOffset Started,
    [property: JsonPropertyName("until")] DateTimeOffset Until);
