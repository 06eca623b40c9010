using Microsoft.Extensions.Logging;
using OfficeInfra.Publishing.Library;

namespace OfficeInfra.Publishing.SharePoint;

public sealed partial class SharePointLibraryTarget
{
    /// <inheritdoc />
    /// <remarks>
    /// Permissions before content: each department folder is created and locked to its access level (inheritance
    /// broken, grants in place, the app's own Full Control taken back) before anything is created or uploaded inside
    /// it, so no document is readable beyond its level at any moment, even in a run that fails or is killed.
    /// Safe to re-run after a run that died: folders are created with <c>fail</c> + look-up, uploads replace by
    /// path (never a second copy), permission calls are idempotent, and the manifest marks uploads as pending
    /// before they start, so an interrupted one is uploaded again rather than trusted.
    /// </remarks>
    public async Task ApplyAsync(LibraryPlan plan, DesiredLibrary desired, IProgress<WorkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(desired);
        if (plan.IsEmpty)
        {
            return; // nothing to change, so not even a claim on the library is written
        }
        var specs = desired.Documents.ToDictionary(d => d.Path, StringComparer.Ordinal);
        var uploads = plan.Documents.Where(d => d.Change is DocumentChange.New or DocumentChange.Changed or DocumentChange.Overwrite)
            .Select(d => specs.TryGetValue(d.Path, out var s) ? s
                : throw new OfficeInfraException(ErrorKind.TargetFailed, $"The plan uploads '{d.Path}' but the desired library has no such document."))
            .ToList();
        var deletes = plan.Documents.Where(d => d.Change == DocumentChange.Delete).Select(d => d.Path).ToList();
        var permissions = plan.Permissions.Where(p => p.BreakInheritance || p.Add.Count > 0 || p.Remove.Count > 0).ToList();
        var total = plan.FoldersToCreate.Count + uploads.Count + deletes.Count + permissions.Count;
        var done = 0;
        void Step(string current) => progress?.Report(new WorkProgress(Interlocked.Increment(ref done), total, current));

        LibraryManifest? before = null;
        string? held = null;
        byte[]? claim = null;
        var entries = new Dictionary<string, ManifestDocument>(StringComparer.Ordinal);
        try
        {
            await ResolveAsync(cancellationToken).ConfigureAwait(false);
            (before, var current) = await ReadManifestAsync(cancellationToken).ConfigureAwait(false);
            foreach (var d in before.Documents)
            {
                entries[d.Path] = d;
            }
            foreach (var spec in uploads)
            {
                entries[spec.Path] = LibraryManifest.Entry(spec, null, pending: true);
            }
            var now = DateTimeOffset.UtcNow;
            var run = new ManifestRun(Guid.NewGuid().ToString("N"), now, now + _options.PublishLease);
            claim = (Manifest(entries, desired, plan, before) with { Publishing = run }).ToBytes();
            held = await ClaimAsync(claim, before, current, cancellationToken).ConfigureAwait(false);

            var departments = plan.FoldersToCreate.Where(f => !f.Contains('/', StringComparison.Ordinal)).ToList();
            await CreateFoldersAsync(departments, Step, cancellationToken).ConfigureAwait(false);
            await Parallel.ForEachAsync(permissions, Parallelism(cancellationToken), async (change, ct) =>
            {
                await ApplyPermissionsAsync(change, ct).ConfigureAwait(false);
                Step(change.Path);
            }).ConfigureAwait(false);
            await CreateFoldersAsync(plan.FoldersToCreate.Except(departments), Step, cancellationToken).ConfigureAwait(false);

            await Parallel.ForEachAsync(uploads, Parallelism(cancellationToken), async (spec, ct) =>
            {
                LogUpload(_logger, spec.Path, spec.Content.Length);
                var uploaded = await Naming(spec.Path, "upload", () => _drive.UploadAsync(spec.Path, spec.Content, ct)).ConfigureAwait(false);
                lock (entries)
                {
                    entries[spec.Path] = LibraryManifest.Entry(spec, uploaded.CTag, pending: false);
                }
                Step(spec.Path);
            }).ConfigureAwait(false);

            await Parallel.ForEachAsync(deletes, Parallelism(cancellationToken), async (path, ct) =>
            {
                await Naming(path, "delete", async () => { await _drive.DeleteAsync(path, ct).ConfigureAwait(false); return true; }).ConfigureAwait(false);
                lock (entries)
                {
                    entries.Remove(path);
                }
                Step(path);
            }).ConfigureAwait(false);

            // Always written: it also ends this run's claim on the library.
            held = await WriteHeldManifestAsync(Manifest(entries, desired, plan, applied: null), held, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsTargetFailure(e) || e is OfficeInfraException or OperationCanceledException)
        {
            if (held is null && claim is not null && e is not OfficeInfraException)
            {
                held = await ClaimLandedAsync(claim).ConfigureAwait(false);
            }
            await SaveProgressAsync(before, held, entries, desired, plan).ConfigureAwait(false);
            if (e is OperationCanceledException && !IsTargetFailure(e))
            {
                throw;
            }
            throw e as OfficeInfraException ?? Failed("apply the plan", e);
        }
    }

    /// <summary>Creates <paramref name="folders"/>, parents before children.</summary>
    private async Task CreateFoldersAsync(IEnumerable<string> folders, Action<string> step, CancellationToken cancellationToken)
    {
        foreach (var depth in folders.GroupBy(f => f.Count(c => c == '/')).OrderBy(g => g.Key))
        {
            await Parallel.ForEachAsync(depth, Parallelism(cancellationToken), async (folder, ct) =>
            {
                await Naming(folder, "create the folder", () => _drive.EnsureFolderAsync(folder, ct)).ConfigureAwait(false);
                step(folder);
            }).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one call on one item; a failure names the item, so a person knows which document or folder it was.</summary>
    private static async Task<T> Naming<T>(string path, string what, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (IsTargetFailure(e))
        {
            throw Failed($"{what} '{path}'", e);
        }
    }

    private async Task ApplyPermissionsAsync(PlannedPermissions change, CancellationToken ct)
    {
        var folder = await _drive.ItemAsync(change.Path, ct).ConfigureAwait(false);
        if (folder?.ListItem is not { } item)
        {
            throw new OfficeInfraException(ErrorKind.TargetFailed, $"The folder '{change.Path}' is not in the library, so its permissions cannot be set.");
        }
        await Naming(change.Path, "set the permissions of", async () =>
        {
            await _folderPermissions.ApplyAsync(item, change, ct).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        LogPermissions(_logger, change.Path, change.Add.Count, change.Remove.Count);
    }

    /// <summary>
    /// After a failure or a cancellation, records what did complete, so the next run does not upload it again, and
    /// ends this run's claim on the library. Best effort; only when this run holds the manifest.
    /// </summary>
    private async Task SaveProgressAsync(LibraryManifest? before, string? held, Dictionary<string, ManifestDocument> entries, DesiredLibrary desired, LibraryPlan plan)
    {
        if (before is null || held is null)
        {
            return;
        }
        try
        {
            using var timeout = new CancellationTokenSource(_options.RequestTimeout);
            LibraryManifest manifest;
            lock (entries)
            {
                manifest = Manifest(entries, desired, plan, before);
            }
            await WriteHeldManifestAsync(manifest, held, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (IsTargetFailure(e) || e is OperationCanceledException or OfficeInfraException)
        {
            // The pending marks written before the uploads already make the next run safe.
            LogSaveFailed(_logger, e.GetType().Name);
        }
    }

    /// <summary>
    /// The manifest to write. Until the permissions are applied (<paramref name="applied"/> is the manifest from
    /// before the run), each folder records both what we gave before and what we give now, so that a run that dies
    /// half way does not forget a grant it still has to take back.
    /// </summary>
    /// <remarks>
    /// <c>documents</c> lists current documents only (SPEC §3), plus those a pruning run has yet to delete, so a run
    /// that dies before deleting them still knows they are ours; a stale document is listed under <c>stale</c> only.
    /// </remarks>
    private static LibraryManifest Manifest(Dictionary<string, ManifestDocument> entries, DesiredLibrary desired, LibraryPlan plan,
        LibraryManifest? applied) => new(
        entries.Values.Where(e => desired.Documents.Any(d => string.Equals(d.Path, e.Path, StringComparison.OrdinalIgnoreCase))
            || plan.Documents.Any(d => d.Change == DocumentChange.Delete && string.Equals(d.Path, e.Path, StringComparison.OrdinalIgnoreCase))).ToList(),
        desired.Folders.Select(f => applied?.Folders.FirstOrDefault(m => string.Equals(m.Path, f.Path, StringComparison.OrdinalIgnoreCase)) is { } old
            ? LibraryManifest.Folder(f, f.Grants.Concat(LibraryManifest.Grants(old)).Distinct())
            : LibraryManifest.Folder(f)).ToList(),
        plan.Documents.Where(d => d.Change == DocumentChange.Stale).Select(d => d.Path).ToList());

    [LoggerMessage(Level = LogLevel.Debug, Message = "Uploading {Path} ({Bytes} bytes)")]
    private static partial void LogUpload(ILogger logger, string path, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Permissions of {Path}: {Added} added, {Removed} removed")]
    private static partial void LogPermissions(ILogger logger, string path, int added, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record progress in the manifest after a failure ({Error})")]
    private static partial void LogSaveFailed(ILogger logger, string error);
}
