using Microsoft.Extensions.Logging;
using OfficeInfra.Publishing.Library;
using OfficeInfra.Publishing.Records;

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
            .Select(d => (Spec: SpecOf(specs, d), d.Change)).ToList();
        var relabels = plan.Documents.Where(d => d.Change == DocumentChange.Metadata).Select(d => SpecOf(specs, d)).ToList();
        var deletes = plan.Documents.Where(d => d.Change == DocumentChange.Delete).Select(d => d.Path).ToList();
        var permissions = plan.Permissions.Where(p => p.BreakInheritance || p.Add.Count > 0 || p.Remove.Count > 0).ToList();
        var folderLabels = plan.FolderLabels ?? [];
        var total = plan.FoldersToCreate.Count + uploads.Count + relabels.Count + deletes.Count + permissions.Count + folderLabels.Count;
        var done = 0;
        void Step(string current) => progress?.Report(new WorkProgress(Interlocked.Increment(ref done), total, current));

        LibraryRecords? before = null;
        string? held = null;
        byte[]? claim = null;
        var written = new Dictionary<string, RecordedDocument>(StringComparer.OrdinalIgnoreCase);
        var toDelete = new HashSet<string>(deletes, StringComparer.OrdinalIgnoreCase);
        var now = DateTimeOffset.UtcNow;
        var unlabelled = new System.Collections.Concurrent.ConcurrentBag<(string Path, string Label)>();
        var labelled = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        LibraryRecords Records(bool permissionsApplied)
        {
            lock (written)
            {
                return LibraryRecords.After(plan, desired, now, before, new Dictionary<string, RecordedDocument>(written), [.. toDelete], permissionsApplied,
                    new Dictionary<string, string>(labelled));
            }
        }
        try
        {
            await ResolveAsync(cancellationToken).ConfigureAwait(false);
            (before, var current, var item) = await ReadRecordsAsync(cancellationToken).ConfigureAwait(false);
            var previous = before.ByPath();
            foreach (var (spec, _) in uploads)
            {
                // Marked pending before the upload starts: a run that dies leaves the mark, and the next run uploads again.
                written[spec.Path] = RecordedDocument.Of(spec) with { Pending = true, CTag = previous.GetValueOrDefault(spec.Path)?.CTag, Fields = null, RetentionLabel = null };
            }
            foreach (var spec in relabels)
            {
                // Until its columns are written, a document keeps the line it had.
                var old = previous.GetValueOrDefault(spec.Path);
                written[spec.Path] = RecordedDocument.Of(spec) with { CTag = old?.CTag, Fields = old?.Fields, RetentionLabel = old?.RetentionLabel };
            }
            var run = new PublishRun(Guid.NewGuid().ToString("N"), now, now + _options.PublishLease);
            var exposed = await ExposedAsync(item, cancellationToken).ConfigureAwait(false);
            held = await ClaimAsync((Records(permissionsApplied: false) with { Publishing = run }).ToJson(), run, before, current, exposed,
                bytes => claim = bytes, cancellationToken).ConfigureAwait(false);

            await PrepareLibraryAsync(plan, cancellationToken).ConfigureAwait(false);
            var departments = plan.FoldersToCreate.Where(f => !f.Contains('/', StringComparison.Ordinal)).ToList();
            await CreateFoldersAsync(departments, Step, cancellationToken).ConfigureAwait(false);
            await Parallel.ForEachAsync(permissions, Parallelism(cancellationToken), async (change, ct) =>
            {
                await ApplyPermissionsAsync(change, ct).ConfigureAwait(false);
                Step(change.Path);
            }).ConfigureAwait(false);
            await CreateFoldersAsync(plan.FoldersToCreate.Except(departments), Step, cancellationToken).ConfigureAwait(false);
            await Parallel.ForEachAsync(folderLabels, Parallelism(cancellationToken), async (folder, ct) =>
            {
                if (await LabelFolderAsync(folder, unlabelled, ct).ConfigureAwait(false))
                {
                    lock (written)
                    {
                        labelled[folder.Path] = folder.Label;
                    }
                }
                Step(folder.Path);
            }).ConfigureAwait(false);

            void Record(RecordedDocument line)
            {
                lock (written)
                {
                    written[line.Path] = line;
                }
            }
            await Parallel.ForEachAsync(uploads, Parallelism(cancellationToken), async (upload, ct) =>
            {
                await WriteDocumentAsync(upload.Spec, upload.Change, Record, unlabelled, ct).ConfigureAwait(false);
                Step(upload.Spec.Path);
            }).ConfigureAwait(false);
            await Parallel.ForEachAsync(relabels, Parallelism(cancellationToken), async (spec, ct) =>
            {
                await WriteMetadataAsync(spec, previous.GetValueOrDefault(spec.Path), Record, unlabelled, ct).ConfigureAwait(false);
                Step(spec.Path);
            }).ConfigureAwait(false);

            await Parallel.ForEachAsync(deletes, Parallelism(cancellationToken), async (path, ct) =>
            {
                await Naming(path, "delete", async () => { await _drive.DeleteAsync(path, ct).ConfigureAwait(false); return true; }).ConfigureAwait(false);
                lock (written)
                {
                    toDelete.Remove(path);
                }
                Step(path);
            }).ConfigureAwait(false);

            // Always written: it also ends this run's claim on the library.
            held = await WriteHeldRecordsAsync(Records(permissionsApplied: true).ToJson(), held, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsTargetFailure(e) || e is OfficeInfraException or OperationCanceledException)
        {
            // Only a claim whose bytes are exactly this run's (its run id is in them) is taken up again.
            if (held is null && claim is not null)
            {
                held = await ClaimLandedAsync(claim).ConfigureAwait(false);
            }
            if (before is not null && held is not null)
            {
                await SaveProgressAsync(Records(permissionsApplied: false), held).ConfigureAwait(false);
            }
            if (e is OperationCanceledException && !IsTargetFailure(e))
            {
                throw;
            }
            throw e as OfficeInfraException ?? Failed("apply the plan", e);
        }
        ThrowIfUnlabelled(unlabelled);
    }

    private static DocumentSpec SpecOf(Dictionary<string, DocumentSpec> specs, PlannedDocument document) =>
        specs.TryGetValue(document.Path, out var spec) ? spec
            : throw new OfficeInfraException(ErrorKind.TargetFailed, $"The plan writes '{document.Path}' but the desired library has no such document.");

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
    /// ends this run's claim on the library. Best effort; only when this run holds the records.
    /// </summary>
    private async Task SaveProgressAsync(LibraryRecords records, string held)
    {
        try
        {
            using var timeout = new CancellationTokenSource(_options.RequestTimeout);
            await WriteHeldRecordsAsync(records.ToJson(), held, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (IsTargetFailure(e) || e is OperationCanceledException or OfficeInfraException)
        {
            // The pending marks written before the uploads already make the next run safe.
            LogSaveFailed(_logger, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Uploading {Path} ({Bytes} bytes)")]
    private static partial void LogUpload(ILogger logger, string path, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Permissions of {Path}: {Added} added, {Removed} removed")]
    private static partial void LogPermissions(ILogger logger, string path, int added, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record progress in the manifest after a failure ({Error})")]
    private static partial void LogSaveFailed(ILogger logger, string error);
}
