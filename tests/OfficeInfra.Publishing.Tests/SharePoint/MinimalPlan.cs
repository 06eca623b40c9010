using OfficeInfra.Publishing.Library;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>
/// Just enough planning to drive the SharePoint target in tests (the product's planner lives elsewhere): folders
/// missing, documents by hash, permissions to break, add and (when pruning) remove.
/// </summary>
internal static class MinimalPlan
{
    public static LibraryPlan From(DesiredLibrary desired, LibrarySnapshot snapshot, bool prunePermissions = false)
    {
        var existingFolders = snapshot.Folders.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var wanted = desired.Folders.SelectMany(f => new[] { f.Path, $"{f.Path}/Records" })
            .Concat(desired.Documents.Select(d => d.Path).Where(p => p.Contains('/', StringComparison.Ordinal)).Select(p => p[..p.LastIndexOf('/')]))
            .SelectMany(Ancestors).Distinct().Where(p => !existingFolders.Contains(p)).Order(StringComparer.Ordinal).ToList();

        var existing = snapshot.Documents.ToDictionary(d => d.Path, StringComparer.Ordinal);
        var documents = desired.Documents.Select(d => new PlannedDocument(d.Path,
                !existing.TryGetValue(d.Path, out var e) ? DocumentChange.New
                : e.Sha256 == d.Sha256 ? DocumentChange.Unchanged : DocumentChange.Changed))
            .Concat(snapshot.Documents.Where(e => e.ProducedByUs && desired.Documents.All(d => d.Path != e.Path))
                .Select(e => new PlannedDocument(e.Path, DocumentChange.Stale)))
            .ToList();

        var permissions = desired.Folders.Select(f =>
        {
            var now = snapshot.Folders.FirstOrDefault(x => x.Path == f.Path);
            var inherits = now is null || now.InheritsPermissions;
            var current = inherits ? [] : now!.Grants;
            var drift = current.Except(f.Grants).ToList();
            return new PlannedPermissions(f.Path, inherits, f.Grants.Except(current).ToList(), drift, prunePermissions ? drift : []);
        }).ToList();
        return new LibraryPlan(wanted, documents, permissions);
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var cut = path.IndexOf('/', StringComparison.Ordinal); cut > 0; cut = path.IndexOf('/', cut + 1))
        {
            yield return path[..cut];
        }
        yield return path;
    }
}
