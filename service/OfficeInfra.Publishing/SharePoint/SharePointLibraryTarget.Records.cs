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
/// grant (the app keeps access through its site-level permission, as on department folders). A library without
/// records gets an empty file first, locked before any name is written into it.
/// </remarks>
public sealed partial class SharePointLibraryTarget
{
    private const string FileName = LibraryRecords.FileName;
    private static readonly PlannedPermissions OwnersOnly = new(FileName, BreakInheritance: true, [new Grant("Owners", GrantRole.Owner)], [], []);
    private readonly object _planGate = new();
    private (bool Read, string? ETag) _planned;

    /// <summary>The records, their eTag (null when there are none) and their list item. The eTag is read first: if the
    /// file changes in between, the eTag is the older one and a later <c>If-Match</c> fails, which is the safe way round.</summary>
    private async Task<(LibraryRecords Records, string? ETag, ListItemRef? Item)> ReadRecordsAsync(CancellationToken ct)
    {
        var item = await _drive.ItemAsync(FileName, ct).ConfigureAwait(false);
        if (item is null)
        {
            return (LibraryRecords.Empty, null, null);
        }
        var bytes = await _drive.ReadAsync(FileName, ct).ConfigureAwait(false);
        return (bytes is null || bytes.Length == 0 ? LibraryRecords.Empty : LibraryRecords.Read(bytes), item.ETag, item.ListItem);
    }

    /// <summary>
    /// True when the records are not yet kept to the site's owners: they still inherit the site's permissions, or a
    /// run stopped half way through locking them (the owners lack their grant, or the app still holds its own). A grant
    /// an owner added by hand is theirs to keep.
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
        var app = await _permissions.CallerAsync(ct).ConfigureAwait(false);
        return assignments.Any(a => a.Member.Id == app.Id && app.Id != owners.Id) || !assignments.Any(a => a.Member.Id == owners.Id);
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
    /// Claims the library for this run: the records as they will be during the run, written only if they are still
    /// the ones the plan was made from. A library without records gets an empty, locked file first. Returns the eTag
    /// this run now holds.
    /// </summary>
    private async Task<string> ClaimAsync(byte[] during, PublishRun run, LibraryRecords now, string? current, bool exposed, Action<byte[]> attempt,
        CancellationToken ct)
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
        if (expected != current)
        {
            throw Moved();
        }
        if (current is null)
        {
            // No records yet: an empty claim first, locked to the owners, so no name is ever readable by Visitors.
            var empty = (LibraryRecords.Empty with { Publishing = run }).ToJson();
            attempt(empty);
            var created = await _drive.ReplaceIfUnchangedAsync(FileName, empty, null, ct).ConfigureAwait(false) ?? throw Moved();
            var locked = await LockRecordsAsync(created, ct).ConfigureAwait(false);
            attempt(during);
            return await WriteHeldRecordsAsync(during, locked, ct).ConfigureAwait(false);
        }
        attempt(during);
        var written = await _drive.ReplaceIfUnchangedAsync(FileName, during, expected, ct).ConfigureAwait(false) ?? throw Moved();
        return exposed ? await LockRecordsAsync(written, ct).ConfigureAwait(false) : written.ETag!;
    }

    /// <summary>Breaks the records' inheritance so only the site's owners keep a grant; returns the eTag held then.</summary>
    /// <remarks>Permission changes are not content: the eTag is read again all the same, since this run holds the claim.</remarks>
    private async Task<string> LockRecordsAsync(DriveEntry records, CancellationToken ct)
    {
        // The write's answer names no list item (Graph returns sharepointIds only when selected): read it again.
        var item = (await ListedAsync(FileName, records, ct).ConfigureAwait(false)).ListItem!;
        await Naming(FileName, "keep to the site's owners", async () =>
        {
            await _folderPermissions.ApplyAsync(item, OwnersOnly, ct).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        return (await _drive.ItemAsync(FileName, ct).ConfigureAwait(false))?.ETag ?? throw Moved();
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
