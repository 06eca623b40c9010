using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// The library's files and folders through the Graph SDK: site and drive by URL and name, listing, folders,
/// simple and resumable uploads. Addressing is by path relative to the library root.
/// </summary>
internal sealed class LibraryDrive(GraphServiceClient graph, IRequestAdapter uploadAdapter, string graphBaseUrl, SharePointOptions options)
{
    // Upload session slices must be multiples of 320 KiB; 16 of them (5 MiB) is in Microsoft's recommended range.
    private const int SliceSize = 16 * 320 * 1024;
    private static readonly string[] ItemFields = ["id", "name", "folder", "file", "eTag", "cTag", "size", "sharepointIds"];
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _folders = new(StringComparer.Ordinal);
    private string? _driveId;

    public string DriveId => _driveId ?? throw new InvalidOperationException("The drive is not resolved yet.");

    /// <summary>The library's decoded server-relative URL, known once resolved.</summary>
    public string ServerRelativeUrl { get; private set; } = "";

    /// <summary>The site's Graph id, known once resolved.</summary>
    public string SiteId { get; private set; } = "";

    /// <summary>The library's web address (what a browser opens), known once resolved.</summary>
    public string? WebUrl { get; private set; }

    public async Task ResolveAsync(CancellationToken ct)
    {
        if (_driveId is not null)
        {
            return;
        }
        var site = new Uri(options.SiteUrl!);
        var sitePath = site.AbsolutePath.TrimEnd('/');
        var siteUrl = sitePath.Length == 0 ? $"{graphBaseUrl}/sites/{site.Host}" : $"{graphBaseUrl}/sites/{site.Host}:{sitePath}:";
        var found = await graph.Sites["site"].WithUrl(siteUrl).GetAsync(cancellationToken: ct).ConfigureAwait(false)
            ?? throw NotFound($"The site {options.SiteUrl} was not found.");
        var drives = await graph.Sites[found.Id].Drives.GetAsync(cancellationToken: ct).ConfigureAwait(false);
        var drive = drives?.Value?.FirstOrDefault(d => string.Equals(d.Name, options.LibraryName, StringComparison.OrdinalIgnoreCase))
            ?? throw NotFound($"The site {options.SiteUrl} has no document library named '{options.LibraryName}'.");
        // The library's decoded server-relative URL (e.g. /sites/ops/Shared Documents): SharePoint counts its 400-character
        // path limit from the site's root, so this prefix is part of every document's length.
        ServerRelativeUrl = Uri.TryCreate(drive.WebUrl, UriKind.Absolute, out var web) ? Uri.UnescapeDataString(web.AbsolutePath).TrimEnd('/') : sitePath;
        SiteId = found.Id!;
        WebUrl = drive.WebUrl;
        _driveId = drive.Id;
        _folders[""] = new Lazy<Task<string>>(Task.FromResult("root"));
    }

    /// <summary>Every file and folder, walking down from the root; folders named in <paramref name="skip"/> are listed but not entered.</summary>
    public async Task<IReadOnlyList<DriveEntry>> ListAsync(Func<string, bool> skip, CancellationToken ct)
    {
        var result = new List<DriveEntry>();
        var pending = new Queue<(string Path, string Id)>();
        pending.Enqueue(("", "root"));
        while (pending.Count > 0)
        {
            var (path, id) = pending.Dequeue();
            var page = await graph.Drives[DriveId].Items[id].Children.GetAsync(r =>
            {
                r.QueryParameters.Select = ItemFields;
                r.QueryParameters.Top = 999;
            }, ct).ConfigureAwait(false);
            while (page is not null)
            {
                foreach (var item in page.Value ?? [])
                {
                    var entry = ToEntry(path.Length == 0 ? item.Name! : $"{path}/{item.Name}", item);
                    result.Add(entry);
                    if (entry.IsFolder)
                    {
                        _folders.TryAdd(entry.Path, new Lazy<Task<string>>(Task.FromResult(entry.Id)));
                        if (!skip(entry.Path))
                        {
                            pending.Enqueue((entry.Path, entry.Id));
                        }
                    }
                }
                page = page.OdataNextLink is { } next
                    ? await graph.Drives[DriveId].Items[id].Children.WithUrl(next).GetAsync(cancellationToken: ct).ConfigureAwait(false)
                    : null;
            }
        }
        return result;
    }

    public async Task<DriveEntry?> ItemAsync(string path, CancellationToken ct)
    {
        try
        {
            var item = await graph.Drives[DriveId].Items["root"].WithUrl(ItemUrl(path) + "?$select=" + string.Join(',', ItemFields))
                .GetAsync(cancellationToken: ct).ConfigureAwait(false);
            return item is null ? null : ToEntry(path, item);
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<byte[]?> ReadAsync(string path, CancellationToken ct)
    {
        try
        {
            await using var stream = await graph.Drives[DriveId].Items["root"].Content.WithUrl(ItemUrl(path) + "/content")
                .GetAsync(cancellationToken: ct).ConfigureAwait(false);
            if (stream is null)
            {
                return null;
            }
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, ct).ConfigureAwait(false);
            return copy.ToArray();
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>The folder's id, creating it and its parents when missing. Safe to call concurrently for the same path.</summary>
    public Task<string> EnsureFolderAsync(string path, CancellationToken ct) =>
        _folders.GetOrAdd(path, p => new Lazy<Task<string>>(() => CreateFolderAsync(p, ct))).Value;

    private async Task<string> CreateFolderAsync(string path, CancellationToken ct)
    {
        var cut = path.LastIndexOf('/');
        var parentId = await EnsureFolderAsync(cut < 0 ? "" : path[..cut], ct).ConfigureAwait(false);
        var folder = new DriveItem
        {
            Name = path[(cut + 1)..],
            Folder = new Folder(),
            // 'fail' then look up: 'replace' on an existing folder has been seen to do nothing, 'rename' would duplicate.
            AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "fail" },
        };
        try
        {
            var created = await graph.Drives[DriveId].Items[parentId].Children.PostAsync(folder, cancellationToken: ct).ConfigureAwait(false);
            return created!.Id!;
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.Conflict)
        {
            var existing = await ItemAsync(path, ct).ConfigureAwait(false);
            return existing is { IsFolder: true }
                ? existing.Id
                : throw new OfficeInfraException(ErrorKind.TargetFailed, $"'{path}' exists in the library and is not a folder.");
        }
    }

    /// <summary>Writes a file (replacing it), small ones in one PUT and large ones through a resumable upload session.</summary>
    /// <remarks>
    /// Documentation followed: Graph "Upload small files" (<c>PUT …:/{name}:/content</c>, replaces) and "Upload large
    /// files with an upload session" (fragments in multiples of 320 KiB; 202 with <c>nextExpectedRanges</c>; resume
    /// with a GET on the upload URL; 404 means the session is gone; cancel with a DELETE on the upload URL).
    /// </remarks>
    public async Task<DriveEntry> UploadAsync(string path, byte[] content, CancellationToken ct)
    {
        var cut = path.LastIndexOf('/');
        if (cut >= 0)
        {
            await EnsureFolderAsync(path[..cut], ct).ConfigureAwait(false);
        }
        if (content.LongLength > options.LargeFileThreshold)
        {
            return await UploadLargeAsync(path, content, ct).ConfigureAwait(false);
        }
        var item = await graph.Drives[DriveId].Items["root"].Content.WithUrl(ItemUrl(path) + "/content")
            .PutAsync(new MemoryStream(content, writable: false), cancellationToken: ct).ConfigureAwait(false);
        return ToEntry(path, item ?? throw new OfficeInfraException(ErrorKind.TargetFailed, $"The library did not confirm the upload of '{path}'."));
    }

    /// <summary>
    /// Replaces a small file only if it is still the version <paramref name="eTag"/> (<c>If-Match</c>), or creates it
    /// only if it does not exist yet (<paramref name="eTag"/> null: <c>conflictBehavior=fail</c>). Null when someone
    /// else wrote it first (412 / 409), unless what is there now is exactly <paramref name="content"/>: then the first
    /// attempt of this very write landed and only its answer was lost.
    /// </summary>
    /// <remarks>Documentation followed: Graph driveItem (<c>eTag</c>; <c>if-match</c> answers 412 on a mismatch) and
    /// "Upload small files" (<c>@microsoft.graph.conflictBehavior</c>).</remarks>
    public async Task<DriveEntry?> ReplaceIfUnchangedAsync(string path, byte[] content, string? eTag, CancellationToken ct)
    {
        try
        {
            var item = await graph.Drives[DriveId].Items["root"].Content
                .WithUrl(ItemUrl(path) + "/content" + (eTag is null ? "?@microsoft.graph.conflictBehavior=fail" : ""))
                .PutAsync(new MemoryStream(content, writable: false), r =>
                {
                    if (eTag is not null)
                    {
                        r.Headers.Add("If-Match", eTag);
                    }
                }, ct).ConfigureAwait(false);
            return ToEntry(path, item ?? throw new OfficeInfraException(ErrorKind.TargetFailed, $"The library did not confirm the upload of '{path}'."));
        }
        catch (ApiException e) when (e.ResponseStatusCode is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict)
        {
            return await ReadBackAsync(path, content, ct).ConfigureAwait(false);
        }
    }

    public async Task DeleteAsync(string path, CancellationToken ct)
    {
        try
        {
            await graph.Drives[DriveId].Items["root"].WithUrl(ItemUrl(path)).DeleteAsync(cancellationToken: ct).ConfigureAwait(false);
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            // Already gone: a retried delete, or someone was faster.
        }
    }

    private async Task<DriveEntry> UploadLargeAsync(string path, byte[] content, CancellationToken ct)
    {
        using var stream = new MemoryStream(content, writable: false);
        for (var session = 0; session < 3; session++)
        {
            var task = new LargeFileUploadTask<DriveItem>(await CreateSessionAsync(path, ct).ConfigureAwait(false), stream, SliceSize, uploadAdapter);
            var open = true;
            try
            {
                for (var attempt = 0; attempt <= options.MaxRetries; attempt++)
                {
                    try
                    {
                        // The first pass uploads; later passes ask the session which ranges it still expects and resume there.
                        var result = attempt == 0
                            ? await task.UploadAsync(maxTries: 1, cancellationToken: ct).ConfigureAwait(false)
                            : await task.ResumeAsync(maxTries: 1, cancellationToken: ct).ConfigureAwait(false);
                        if (result.UploadSucceeded)
                        {
                            open = false;
                            return result.ItemResponse is { } item ? ToEntry(path, item) : await ReadBackAsync(path, content, ct).ConfigureAwait(false)
                                ?? throw new OfficeInfraException(ErrorKind.TargetFailed, $"The library did not confirm the upload of '{path}'.");
                        }
                    }
                    catch (ApiException e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound)
                    {
                        // The session is gone: either the last fragment landed and only its answer was lost (the file is
                        // there with our bytes: done), or it expired (start a new one). The SDK raises this as
                        // ServiceException or ODataError depending on the call, both ApiExceptions.
                        open = false;
                        if (await ReadBackAsync(path, content, ct).ConfigureAwait(false) is { } landed)
                        {
                            return landed;
                        }
                        break;
                    }
                    catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or ApiException or ClientException
                        && !ct.IsCancellationRequested && attempt < options.MaxRetries)
                    {
                        // A broken connection, or a fragment that failed after the handler's retries (416 when its answer
                        // was lost but the bytes landed): resume from the ranges the server says it still expects.
                    }
                }
            }
            finally
            {
                if (open)
                {
                    await CancelAsync(task).ConfigureAwait(false);
                }
            }
        }
        throw new OfficeInfraException(ErrorKind.TargetFailed, $"The upload of '{path}' did not complete after several upload sessions.");
    }

    /// <summary>A new upload session for <paramref name="path"/>, replacing what is there when it completes.</summary>
    private async Task<UploadSession?> CreateSessionAsync(string path, CancellationToken ct) =>
        await graph.Drives[DriveId].Items["root"].CreateUploadSession.WithUrl(ItemUrl(path) + "/createUploadSession")
            .PostAsync(new CreateUploadSessionPostRequestBody
            {
                Item = new DriveItemUploadableProperties
                {
                    AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "replace" },
                },
            }, cancellationToken: ct).ConfigureAwait(false);

    /// <summary>The file at <paramref name="path"/> when it holds exactly <paramref name="content"/>; otherwise null.</summary>
    private async Task<DriveEntry?> ReadBackAsync(string path, byte[] content, CancellationToken ct)
    {
        var item = await ItemAsync(path, ct).ConfigureAwait(false);
        if (item is null || item.IsFolder || item.Size != content.LongLength)
        {
            return null;
        }
        var bytes = await ReadAsync(path, ct).ConfigureAwait(false);
        return bytes is not null && SHA256.HashData(bytes).AsSpan().SequenceEqual(SHA256.HashData(content)) ? item : null;
    }

    /// <summary>Cancels a session given up on (DELETE on its URL), so its fragments do not linger until it expires. Best effort.</summary>
    private static async Task CancelAsync(LargeFileUploadTask<DriveItem> task)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await task.DeleteSessionAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or ApiException or ClientException or OperationCanceledException)
        {
            // The session expires on its own; cancelling only frees it sooner.
        }
    }

    private string ItemUrl(string path) =>
        $"{graphBaseUrl}/drives/{DriveId}/root:/{string.Join('/', path.Split('/').Select(Uri.EscapeDataString))}:";

    private static DriveEntry ToEntry(string path, DriveItem item) => new(path, item.Id!, item.Folder is not null, item.CTag,
        item.Size ?? 0, item.SharepointIds is { ListId: { } list, ListItemId: { } id } ? new ListItemRef(list, id) : null, item.ETag);

    private static OfficeInfraException NotFound(string message) => new(ErrorKind.Configuration, message);
}
