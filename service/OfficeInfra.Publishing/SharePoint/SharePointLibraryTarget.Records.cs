using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Records;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// The library's records (<see cref="LibraryRecords"/>, <c>manifest.json</c> at the root), kept where only the site's
/// owners and the product can read them, and one publish at a time per library: the file is only ever replaced if it
/// is unchanged since it was read (<c>If-Match</c> on its eTag). A publish claims the library before it changes
/// anything, by writing the records with a <see cref="PublishRun"/> against the eTag it planned from; a second publish
/// started at the same time loses that race (412) and stops with nothing changed, and one started later finds the
/// claim and stops likewise.
/// </summary>
/// <remarks>
/// The records name every department's documents, Restricted ones included, so the file does not inherit the site's
/// permissions (Visitors read the library root): its inheritance is broken and only the site's Owners group keeps a
/// grant (the app keeps access through its site-level permission, as on department folders). No run writes a name
/// into the file while others can read it: a library without records gets an empty claim first, locked before the
/// real one goes in; records an earlier version (or a run killed half way through locking) left readable are locked
/// before the claim; and a run that fails before the lock ends its claim with empty records.
/// </remarks>
public sealed partial class SharePointLibraryTarget
{
    private const string FileName = LibraryRecords.FileName;
    private static readonly PlannedPermissions OwnersOnly = new(FileName, BreakInheritance: true, [new Grant("Owners", GrantRole.Owner)], [], []);
    private readonly object _planGate = new();
    private (bool Read, string? ETag) _planned;

    /// <summary>The records and their drive item (null when there are none: eTag, cTag, list item). The item is read
    /// first: if the file changes in between, its eTag is the older one and a later <c>If-Match</c> fails, which is the
    /// safe way round.</summary>
    private async Task<(LibraryRecords Records, DriveEntry? Item)> ReadRecordsAsync(CancellationToken ct)
    {
        var item = await _drive.ItemAsync(FileName, ct).ConfigureAwait(false);
        if (item is null)
        {
            return (LibraryRecords.Empty, null);
        }
        var bytes = await _drive.ReadAsync(FileName, ct).ConfigureAwait(false);
        return (bytes is null || bytes.Length == 0 ? LibraryRecords.Empty : LibraryRecords.Read(bytes), item);
    }

    /// <summary>
    /// True when the records are not yet kept to the site's owners: they still inherit the site's permissions, a run
    /// stopped half way through locking them (the owners lack their grant, or the app still holds its own), or someone
    /// else holds a grant on them, even one added by hand: the records describe Restricted departments, which only the
    /// owners may read.
    /// </summary>
    private async Task<bool> ExposedAsync(ListItemRef? item, CancellationToken ct)
    {
        if (item is null)
        {
            return false;
        }
        if (!await _rest.HasUniqueRoleAssignmentsAsync(item, ct).ConfigureAwait(false))
        {
            return true;
        }
        var assignments = await _rest.RoleAssignmentsAsync(item, ct).ConfigureAwait(false);
        var owners = await _permissions.PrincipalAsync("Owners", ct).ConfigureAwait(false);
        return assignments.Any(a => a.Member.Id != owners.Id && a.Roles.Any(r => SitePermissionMap.RoleOf(r) is not null))
            || !assignments.Any(a => a.Member.Id == owners.Id);
    }

    /// <summary>Remembers which records the plan was made from, so applying it fails if the library moved on.</summary>
    private void RememberPlanned(string? eTag)
    {
        lock (_planGate)
        {
            _planned = (true, eTag);
        }
    }

    /// <summary>
    /// Claims the library for this run: the records as they will be during the run (<paramref name="during"/>), written
    /// only if they are still the ones the plan was made from. They are kept to the site's owners before this run writes
    /// a name into them: a library without records gets an empty claim first, locked, then the claim; records an
    /// earlier version left readable are locked first. Returns the eTag this run now holds.
    /// </summary>
    private async Task<string> ClaimAsync(PlanApplication run, byte[] during, PublishRun claim, DriveEntry? current, bool exposed, CancellationToken ct)
    {
        if (run.Before?.Publishing is { } other && other.Until > DateTimeOffset.UtcNow)
        {
            throw new OfficeInfraException(ErrorKind.TargetFailed,
                $"Another publish of this library started at {other.Started:yyyy-MM-dd HH:mm} UTC and has not finished; nothing was changed. " +
                $"Publish again when it is done (a publish that died holds the library until {other.Until:yyyy-MM-dd HH:mm} UTC).");
        }
        string? expected;
        lock (_planGate)
        {
            expected = _planned.Read ? _planned.ETag : current?.ETag;
        }
        if (expected != current?.ETag)
        {
            throw Moved();
        }
        if (current is null)
        {
            // No records yet: an empty claim (it names nothing) holds the library while the file is locked.
            var empty = (LibraryRecords.Empty with { Publishing = claim }).ToJson();
            run.Claim = empty;
            var created = await _drive.ReplaceIfUnchangedAsync(FileName, empty, null, ct).ConfigureAwait(false) ?? throw Moved();
            var locked = await LockRecordsAsync(created, ct).ConfigureAwait(false);
            run.RecordsLocked = true;
            run.Claim = during;
            return await WriteHeldRecordsAsync(during, locked.ETag!, ct).ConfigureAwait(false);
        }
        if (exposed)
        {
            var locked = await LockRecordsAsync(current, ct).ConfigureAwait(false);
            // Permissions are not content: the cTag tells whether someone replaced the records meanwhile.
            current = locked.CTag == current.CTag ? locked : throw Moved();
        }
        run.RecordsLocked = true;
        run.Claim = during;
        var written = await _drive.ReplaceIfUnchangedAsync(FileName, during, current.ETag, ct).ConfigureAwait(false) ?? throw Moved();
        return written.ETag!;
    }

    /// <summary>Breaks the records' inheritance so only the site's owners keep a grant; returns the item as it is then.</summary>
    /// <remarks>Its eTag may change with the permissions (SharePoint counts them as metadata), so the item is read again.</remarks>
    private async Task<DriveEntry> LockRecordsAsync(DriveEntry records, CancellationToken ct)
    {
        // A write's answer names no list item (Graph returns sharepointIds only when selected): read it again.
        var item = (await ListedAsync(FileName, records, ct).ConfigureAwait(false)).ListItem!;
        await Naming(FileName, "keep to the site's owners", async () =>
        {
            await _folderPermissions.ApplyAsync(item, OwnersOnly, ct).ConfigureAwait(false);
            var owners = await _permissions.PrincipalAsync("Owners", ct).ConfigureAwait(false);
            await _folderPermissions.RemoveAllButAsync(item, owners.Id, ct).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        return await _drive.ItemAsync(FileName, ct).ConfigureAwait(false) ?? throw Moved();
    }

    private static OfficeInfraException Moved() => new(ErrorKind.TargetFailed,
        "The library changed after this publish planned it (another publish, most likely); nothing was changed. Publish again to plan from what is there now.");

    /// <summary>
    /// After a claim whose answer never came (the run was cancelled, or the answer was lost): the eTag this run holds if
    /// the records are exactly the claim it wrote, so it can end the claim instead of locking the library. Best effort.
    /// </summary>
    private async Task<string?> ClaimLandedAsync(byte[] claim)
    {
        try
        {
            using var timeout = new CancellationTokenSource(_options.RequestTimeout);
            var item = await _drive.ItemAsync(FileName, timeout.Token).ConfigureAwait(false);
            var bytes = item is null ? null : await _drive.ReadAsync(FileName, timeout.Token).ConfigureAwait(false);
            return bytes is not null && bytes.AsSpan().SequenceEqual(claim) ? item!.ETag : null;
        }
        catch (Exception e) when (IsTargetFailure(e) || e is OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Writes the records over the version this run holds; returns the new version.</summary>
    private async Task<string> WriteHeldRecordsAsync(byte[] records, string held, CancellationToken ct)
    {
        var written = await _drive.ReplaceIfUnchangedAsync(FileName, records, held, ct).ConfigureAwait(false);
        return written?.ETag ?? throw new OfficeInfraException(ErrorKind.TargetFailed,
            $"Someone changed {FileName} while this publish ran; the documents are in place, but publish again so that the records hold them.");
    }
}
