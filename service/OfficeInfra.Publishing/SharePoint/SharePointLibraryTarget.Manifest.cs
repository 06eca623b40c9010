namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// One publish at a time per library: <c>manifest.json</c> is only ever replaced if it is unchanged since it was read
/// (<c>If-Match</c> on its eTag). A publish claims the library before it changes anything, by writing the manifest
/// with a <see cref="ManifestRun"/> against the eTag it planned from; a second publish started at the same time loses
/// that race (412) and stops with nothing changed, and one started later finds the claim and stops likewise.
/// </summary>
public sealed partial class SharePointLibraryTarget
{
    private readonly object _planGate = new();
    private (bool Read, string? ETag) _planned;

    /// <summary>The manifest and its eTag (null when there is none). The eTag is read first: if the file changes in
    /// between, the eTag is the older one and a later <c>If-Match</c> fails, which is the safe way round.</summary>
    private async Task<(LibraryManifest Manifest, string? ETag)> ReadManifestAsync(CancellationToken ct)
    {
        var item = await _drive.ItemAsync(LibraryManifest.FileName, ct).ConfigureAwait(false);
        if (item is null)
        {
            return (LibraryManifest.Empty, null);
        }
        return (LibraryManifest.Parse(await _drive.ReadAsync(LibraryManifest.FileName, ct).ConfigureAwait(false)), item.ETag);
    }

    /// <summary>Remembers which manifest the plan was made from, so applying it fails if the library moved on.</summary>
    private void RememberPlanned(string? eTag)
    {
        lock (_planGate)
        {
            _planned = (true, eTag);
        }
    }

    /// <summary>
    /// Claims the library for this run: the manifest as it will be during the run, written only if it is still the one
    /// the plan was made from. Returns the eTag this run now holds.
    /// </summary>
    private async Task<string> ClaimAsync(byte[] during, LibraryManifest now, string? current, CancellationToken ct)
    {
        if (now.Publishing is { } other && other.Until > DateTimeOffset.UtcNow)
        {
            throw new OfficeInfraException(ErrorKind.TargetFailed,
                $"Another publish of this library started at {other.Started:yyyy-MM-dd HH:mm} UTC and has not finished; nothing was changed. " +
                $"Publish again when it is done (a publish that died holds the library until {other.Until:yyyy-MM-dd HH:mm} UTC).");
        }
        string? expected;
        lock (_planGate)
        {
            expected = _planned.Read ? _planned.ETag : current;
        }
        var written = expected == current
            ? await _drive.ReplaceIfUnchangedAsync(LibraryManifest.FileName, during, expected, ct).ConfigureAwait(false)
            : null;
        return written?.ETag ?? throw new OfficeInfraException(ErrorKind.TargetFailed,
            "The library changed after this publish planned it (another publish, most likely); nothing was changed. Publish again to plan from what is there now.");
    }

    /// <summary>
    /// After a claim whose answer never came (the run was cancelled, or the answer was lost): the eTag this run holds if
    /// the manifest is exactly the claim it wrote, so it can end the claim instead of locking the library. Best effort.
    /// </summary>
    private async Task<string?> ClaimLandedAsync(byte[] claim)
    {
        try
        {
            using var timeout = new CancellationTokenSource(_options.RequestTimeout);
            var item = await _drive.ItemAsync(LibraryManifest.FileName, timeout.Token).ConfigureAwait(false);
            var bytes = item is null ? null : await _drive.ReadAsync(LibraryManifest.FileName, timeout.Token).ConfigureAwait(false);
            return bytes is not null && bytes.AsSpan().SequenceEqual(claim) ? item!.ETag : null;
        }
        catch (Exception e) when (IsTargetFailure(e) || e is OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Writes the manifest over the version this run holds; returns the new version.</summary>
    private async Task<string> WriteHeldManifestAsync(LibraryManifest manifest, string held, CancellationToken ct)
    {
        var written = await _drive.ReplaceIfUnchangedAsync(LibraryManifest.FileName, manifest.ToBytes(), held, ct).ConfigureAwait(false);
        return written?.ETag ?? throw new OfficeInfraException(ErrorKind.TargetFailed,
            "Someone changed manifest.json while this publish ran; the documents are in place, but publish again so that the manifest records them.");
    }
}
