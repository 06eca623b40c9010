using Microsoft.Extensions.Logging;
using OfficeInfra.Publishing.Library;

namespace OfficeInfra.Publishing.SharePoint;

public sealed partial class SharePointLibraryTarget
{
    /// <inheritdoc />
    /// <remarks>
    /// Safe to re-run after a run that died: folders are created with <c>fail</c> + look-up, uploads replace by
    /// path (never a second copy), permission calls are idempotent, and the manifest marks uploads as pending
    /// before they start, so an interrupted one is uploaded again rather than trusted.
    /// </remarks>
    public async Task ApplyAsync(LibraryPlan plan, DesiredLibrary desired, IProgress<WorkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(desired);
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
        var entries = new Dictionary<string, ManifestDocument>(StringComparer.Ordinal);
        try
        {
            await ResolveAsync(cancellationToken).ConfigureAwait(false);
            before = await ReadManifestAsync(cancellationToken).ConfigureAwait(false);
            foreach (var d in before.Documents)
            {
                entries[d.Path] = d;
            }
            if (uploads.Count > 0)
            {
                foreach (var spec in uploads)
                {
                    entries[spec.Path] = LibraryManifest.Entry(spec, null, pending: true);
                }
                await WriteManifestAsync(Manifest(entries, desired, plan, before), cancellationToken).ConfigureAwait(false);
            }

            foreach (var depth in plan.FoldersToCreate.GroupBy(f => f.Count(c => c == '/')).OrderBy(g => g.Key))
            {
                await Parallel.ForEachAsync(depth, Parallelism(cancellationToken), async (folder, ct) =>
                {
                    await _drive.EnsureFolderAsync(folder, ct).ConfigureAwait(false);
                    Step(folder);
                }).ConfigureAwait(false);
            }

            await Parallel.ForEachAsync(uploads, Parallelism(cancellationToken), async (spec, ct) =>
            {
                LogUpload(_logger, spec.Path, spec.Content.Length);
                var uploaded = await _drive.UploadAsync(spec.Path, spec.Content, ct).ConfigureAwait(false);
                lock (entries)
                {
                    entries[spec.Path] = LibraryManifest.Entry(spec, uploaded.CTag, pending: false);
                }
                Step(spec.Path);
            }).ConfigureAwait(false);

            await Parallel.ForEachAsync(deletes, Parallelism(cancellationToken), async (path, ct) =>
            {
                await _drive.DeleteAsync(path, ct).ConfigureAwait(false);
                lock (entries)
                {
                    entries.Remove(path);
                }
                Step(path);
            }).ConfigureAwait(false);

            await Parallel.ForEachAsync(permissions, Parallelism(cancellationToken), async (change, ct) =>
            {
                await ApplyPermissionsAsync(change, ct).ConfigureAwait(false);
                Step(change.Path);
            }).ConfigureAwait(false);

            var after = Manifest(entries, desired, plan, applied: null);
            if (!after.ToBytes().AsSpan().SequenceEqual(before.ToBytes()))
            {
                await WriteManifestAsync(after, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (IsTargetFailure(e) || e is OfficeInfraException)
        {
            await SaveProgressAsync(before, entries, desired, plan).ConfigureAwait(false);
            throw e as OfficeInfraException ?? Failed("apply the plan", e);
        }
    }

    private async Task ApplyPermissionsAsync(PlannedPermissions change, CancellationToken ct)
    {
        var folder = await _drive.ItemAsync(change.Path, ct).ConfigureAwait(false);
        if (folder?.ListItem is not { } item)
        {
            throw new OfficeInfraException(ErrorKind.TargetFailed, $"The folder '{change.Path}' is not in the library, so its permissions cannot be set.");
        }
        if (change.BreakInheritance)
        {
            // copyRoleAssignments=false: nothing from above the department folder survives (SPEC §3).
            await _rest.BreakInheritanceAsync(item, ct).ConfigureAwait(false);
        }
        foreach (var grant in change.Add)
        {
            var principal = await _permissions.PrincipalAsync(grant.Principal, ct).ConfigureAwait(false);
            await _rest.AddRoleAssignmentAsync(item, principal.Id, await _permissions.RoleIdAsync(grant.Role, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        }
        // Drift is only reported; it goes only when the plan lists it under Remove (the user asked to prune).
        foreach (var grant in change.Remove)
        {
            var principal = await _permissions.PrincipalAsync(grant.Principal, ct).ConfigureAwait(false);
            await _rest.RemoveRoleAssignmentAsync(item, principal.Id, await _permissions.RoleIdAsync(grant.Role, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        }
        LogPermissions(_logger, change.Path, change.Add.Count, change.Remove.Count);
    }

    /// <summary>After a failure, records what did complete, so the next run does not upload it again. Best effort.</summary>
    private async Task SaveProgressAsync(LibraryManifest? before, Dictionary<string, ManifestDocument> entries, DesiredLibrary desired, LibraryPlan plan)
    {
        if (before is null)
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
            await WriteManifestAsync(manifest, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (IsTargetFailure(e) || e is OperationCanceledException)
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
    private static LibraryManifest Manifest(Dictionary<string, ManifestDocument> entries, DesiredLibrary desired, LibraryPlan plan,
        LibraryManifest? applied) => new(
        entries.Values.ToList(),
        desired.Folders.Select(f => applied?.Folders.FirstOrDefault(m => string.Equals(m.Path, f.Path, StringComparison.OrdinalIgnoreCase)) is { } old
            ? LibraryManifest.Folder(f, f.Grants.Concat(LibraryManifest.Grants(old)).Distinct())
            : LibraryManifest.Folder(f)).ToList(),
        plan.Documents.Where(d => d.Change == DocumentChange.Stale).Select(d => d.Path).ToList());

    private async Task WriteManifestAsync(LibraryManifest manifest, CancellationToken ct) =>
        await _drive.UploadAsync(LibraryManifest.FileName, manifest.ToBytes(), ct).ConfigureAwait(false);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Uploading {Path} ({Bytes} bytes)")]
    private static partial void LogUpload(ILogger logger, string path, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Permissions of {Path}: {Added} added, {Removed} removed")]
    private static partial void LogPermissions(ILogger logger, string path, int added, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record progress in the manifest after a failure ({Error})")]
    private static partial void LogSaveFailed(ILogger logger, string error);
}
