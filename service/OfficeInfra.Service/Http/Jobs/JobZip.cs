using System.IO.Compression;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>
/// A succeeded generate job's documents as one zip, written straight to the response (never built in memory or on
/// disk); with them, at the zip's root, the records plan files when the request asked for the plan.
/// </summary>
internal static class JobZip
{
    /// <summary><c>/api/jobs/{id}/files.zip</c>.</summary>
    public static string UrlOf(string jobId) => $"/api/jobs/{jobId}/files.zip";

    /// <summary>The zip's file name: the organisation's name made safe, or "library".</summary>
    public static string FileNameOf(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return string.IsNullOrWhiteSpace(job.DownloadName) ? "library.zip" : $"{Documents.Filing.NameSanitiser.Sanitise(job.DownloadName)}.zip";
    }

    /// <summary>
    /// Writes every document of <paramref name="documents"/> at its library path into a zip on <paramref name="output"/>,
    /// then the <paramref name="extras"/> (files of the job's folder, such as the records plan) under their own names.
    /// </summary>
    public static async Task WriteAsync(Job job, IReadOnlyList<JobDocument> documents, IReadOnlyList<string> extras, Stream output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(extras);
        var library = JobFiles.LibraryOf(job);
        var body = new AsyncWriteStream(output);
        await using (body.ConfigureAwait(false))
        {
            var zip = await ZipArchive.CreateAsync(body, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken).ConfigureAwait(false);
            await using (zip.ConfigureAwait(false))
            {
                await WriteEntriesAsync(zip, library, documents.Select(d => d.Path).Concat(extras), cancellationToken).ConfigureAwait(false);
            }
            await body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteEntriesAsync(ZipArchive zip, string library, IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            // Word, PowerPoint and Excel files are zips already: deflating them again costs time and saves next to
            // nothing. Text (the file plan CSV) is worth deflating.
            var level = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? CompressionLevel.Optimal : CompressionLevel.NoCompression;
            var entry = zip.CreateEntry(path, level);
            var source = File.OpenRead(Path.Combine(library, Path.Combine(path.Split('/'))));
            await using (source.ConfigureAwait(false))
            {
                var target = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using (target.ConfigureAwait(false))
                {
                    await source.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
