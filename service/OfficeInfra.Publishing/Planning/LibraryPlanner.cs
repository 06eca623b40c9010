namespace OfficeInfra.Publishing.Planning;

/// <summary>
/// Compares what the registers want with what a target holds and says what must change. Pure: the same inputs give
/// the same plan, for the local folder and for SharePoint alike.
/// </summary>
public static class LibraryPlanner
{
    private static readonly StringComparer Paths = StringComparer.OrdinalIgnoreCase;

    /// <summary>The plan that makes <paramref name="snapshot"/> match <paramref name="desired"/>.</summary>
    public static LibraryPlan Plan(DesiredLibrary desired, LibrarySnapshot snapshot, LibraryOptions options)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        var existingFolders = snapshot.Folders.ToDictionary(f => f.Path, Paths);
        var existingDocuments = snapshot.Documents.ToDictionary(d => d.Path, Paths);

        var foldersToCreate = LibraryLayout.FolderPaths(desired).Where(p => !existingFolders.ContainsKey(p)).ToList();

        var documents = new List<PlannedDocument>();
        var wanted = new HashSet<string>(Paths);
        foreach (var document in desired.Documents)
        {
            wanted.Add(document.Path);
            var change = !existingDocuments.TryGetValue(document.Path, out var existing) ? DocumentChange.New
                : !existing.ProducedByUs ? DocumentChange.Conflict
                : string.Equals(existing.Sha256, document.Sha256, StringComparison.OrdinalIgnoreCase)
                    ? document.Metadata is { } metadata && metadata != existing.RecordedMetadata ? DocumentChange.Metadata : DocumentChange.Unchanged
                // A hand edit is kept unless the user asked to overwrite edited documents (the plan shows which).
                : existing.Edited ? options.OverwriteEdited ? DocumentChange.Overwrite : DocumentChange.Edited
                : DocumentChange.Changed;
            documents.Add(new PlannedDocument(document.Path, change) { Spec = document });
        }
        documents.AddRange(snapshot.Documents
            .Where(d => d.ProducedByUs && !wanted.Contains(d.Path))
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .Select(d => new PlannedDocument(d.Path, options.PruneDocuments ? DocumentChange.Delete : DocumentChange.Stale)));

        var permissions = desired.Folders
            .Select(f => Permissions(f, existingFolders.GetValueOrDefault(f.Path), options.PrunePermissions))
            .ToList();
        var newlyStale = documents.Where(d => d.Change == DocumentChange.Stale && !existingDocuments[d.Path].RecordedStale)
            .Select(d => d.Path).ToList();
        // A folder's label is applied once; the records say which the product applied (zero writes when unchanged).
        var labelled = snapshot.FolderLabels ?? new Dictionary<string, string>();
        var folderLabels = desired.Folders.SelectMany(f => f.Labels())
            .Where(l => !string.Equals(labelled.GetValueOrDefault(l.Path), l.Label, StringComparison.Ordinal)).ToList();
        var unimportable = Records.FilePlanCsv.Labels(desired).Select(l => l.Name)
            .Where(name => !Registers.Model.RetentionValues.IsImportableLabelName(name)).ToList();
        return new LibraryPlan(foldersToCreate, documents, permissions, newlyStale, snapshot.RecordsExposed,
            snapshot.MissingColumns ?? [], snapshot.VersioningOff, folderLabels, unimportable);
    }

    private static PlannedPermissions Permissions(FolderSpec folder, ExistingFolder? existing, bool prune) =>
        Changes(folder, existing, prune) with { Department = folder.Department };

    private static PlannedPermissions Changes(FolderSpec folder, ExistingFolder? existing, bool prune)
    {
        if (existing is null || existing.InheritsPermissions)
        {
            return new PlannedPermissions(folder.Path, BreakInheritance: true, folder.Grants, [], []);
        }
        var managed = new HashSet<string>(folder.Grants.Select(g => g.Principal), Paths);
        var add = folder.Grants.Where(g => !existing.Grants.Any(e => Same(e, g))).ToList();
        var unwanted = existing.Grants.Where(e => !folder.Grants.Any(g => Same(e, g))).ToList();
        // A principal the access level names, holding another role: its old role goes, since we manage that principal.
        var superseded = unwanted.Where(e => managed.Contains(e.Principal)).ToList();
        // A grant we gave that the registers no longer give (principal removed, level lowered) is ours to take back;
        // only grants someone else made are drift, kept until pruning.
        var granted = existing.Granted ?? [];
        var revoked = unwanted.Where(e => !managed.Contains(e.Principal) && granted.Any(g => Same(e, g))).ToList();
        var drift = unwanted.Where(e => !managed.Contains(e.Principal) && !revoked.Contains(e)).ToList();
        return new PlannedPermissions(folder.Path, BreakInheritance: false, add, drift,
            prune ? [.. superseded, .. revoked, .. drift] : [.. superseded, .. revoked]);
    }

    private static bool Same(Grant a, Grant b) =>
        a.Role == b.Role && string.Equals(a.Principal, b.Principal, StringComparison.OrdinalIgnoreCase);
}
