using Microsoft.Extensions.Logging;
using OfficeInfra.Publishing.Planning;
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
        var run = new PlanApplication(plan, desired, progress);
        try
        {
            await ResolveAsync(cancellationToken).ConfigureAwait(false);
            await ClaimLibraryAsync(run, cancellationToken).ConfigureAwait(false);
            await PrepareLibraryAsync(plan, cancellationToken).ConfigureAwait(false);
            await LockFoldersAsync(run, cancellationToken).ConfigureAwait(false);
            await LabelFoldersAsync(run, cancellationToken).ConfigureAwait(false);
            await WriteDocumentsAsync(run, cancellationToken).ConfigureAwait(false);
            await DeleteDocumentsAsync(run, cancellationToken).ConfigureAwait(false);
            // Always written: it also ends this run's claim on the library.
            run.Held = await WriteHeldRecordsAsync(run.Records(permissionsApplied: true).ToJson(), run.Held!, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsTargetFailure(e) || e is OfficeInfraException or OperationCanceledException)
        {
            await EndAfterFailureAsync(run).ConfigureAwait(false);
            if (e is OperationCanceledException && !IsTargetFailure(e))
            {
                throw;
            }
            throw e as OfficeInfraException ?? Failed("apply the plan", e);
        }
        ThrowIfUnlabelled(run.Unlabelled);
    }

    /// <summary>Reads the records and claims the library for this run, with its planned uploads marked pending.</summary>
    private async Task ClaimLibraryAsync(PlanApplication run, CancellationToken ct)
    {
        (run.Before, var current) = await ReadRecordsAsync(ct).ConfigureAwait(false);
        run.MarkPlannedWork();
        var claim = new PublishRun(Guid.NewGuid().ToString("N"), run.Started, run.Started + _options.PublishLease);
        var exposed = await ExposedAsync(current?.ListItem, ct).ConfigureAwait(false);
        run.Held = await ClaimAsync(run, (run.Records(permissionsApplied: false) with { Publishing = claim }).ToJson(), claim, current, exposed, ct)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Department folders first, each locked to its access level before anything is created inside it; then the
    /// folders within them.
    /// </summary>
    private async Task LockFoldersAsync(PlanApplication run, CancellationToken cancellationToken)
    {
        var departments = run.Plan.FoldersToCreate.Where(f => !f.Contains('/', StringComparison.Ordinal)).ToList();
        await CreateFoldersAsync(departments, run.Step, cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(run.Permissions, Parallelism(cancellationToken), async (change, ct) =>
        {
            await ApplyPermissionsAsync(change, ct).ConfigureAwait(false);
            run.Step(change.Path);
        }).ConfigureAwait(false);
        await CreateFoldersAsync(run.Plan.FoldersToCreate.Except(departments), run.Step, cancellationToken).ConfigureAwait(false);
    }

    private Task LabelFoldersAsync(PlanApplication run, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(run.FolderLabels, Parallelism(cancellationToken), async (folder, ct) =>
        {
            if (await LabelFolderAsync(folder, run.Unlabelled, ct).ConfigureAwait(false))
            {
                run.Labelled(folder);
            }
            run.Step(folder.Path);
        });

    /// <summary>New and changed documents, then those whose columns or label alone change.</summary>
    private async Task WriteDocumentsAsync(PlanApplication run, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(run.Uploads, Parallelism(cancellationToken), async (upload, ct) =>
        {
            await WriteDocumentAsync(upload.Spec, upload.Change, run.Record, run.Unlabelled, ct).ConfigureAwait(false);
            run.Step(upload.Spec.Path);
        }).ConfigureAwait(false);
        var previous = (run.Before ?? LibraryRecords.Empty).ByPath();
        await Parallel.ForEachAsync(run.Relabels, Parallelism(cancellationToken), async (spec, ct) =>
        {
            await WriteMetadataAsync(spec, previous.GetValueOrDefault(spec.Path), run.Record, run.Unlabelled, ct).ConfigureAwait(false);
            run.Step(spec.Path);
        }).ConfigureAwait(false);
    }

    private Task DeleteDocumentsAsync(PlanApplication run, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(run.Deletes, Parallelism(cancellationToken), async (path, ct) =>
        {
            await Naming(path, "delete", async () => { await _drive.DeleteAsync(path, ct).ConfigureAwait(false); return true; }).ConfigureAwait(false);
            run.Deleted(path);
            run.Step(path);
        });

    /// <summary>
    /// After a failure or a cancellation: takes up a claim whose answer was lost (only one whose bytes are exactly this
    /// run's), then records what did complete and ends the claim.
    /// </summary>
    private async Task EndAfterFailureAsync(PlanApplication run)
    {
        if (run.Held is null && run.Claim is not null)
        {
            run.Held = await ClaimLandedAsync(run.Claim).ConfigureAwait(false);
        }
        if (run.Before is not null && run.Held is not null)
        {
            // Records not yet locked hold only this run's empty claim: it is ended without a name written into them.
            await SaveProgressAsync(run.RecordsLocked ? run.Records(permissionsApplied: false) : LibraryRecords.Empty, run.Held).ConfigureAwait(false);
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
