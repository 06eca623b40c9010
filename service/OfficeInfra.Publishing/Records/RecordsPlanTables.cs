using System.Globalization;
using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Publishing.Records;

/// <summary>
/// The records plan a records manager reviews before the library goes live, as three tables. Folders: every folder with
/// its access level, inheritance, the grants in effect, the planned change and its retention label. Documents: every
/// document with its library columns, retention label and planned change. Retention labels: each label with the
/// documents and departments it covers and how it keeps them (the rows of <see cref="FilePlanCsv"/>). The one source of
/// both <c>Records Plan.xlsx</c> and the table the add-in shows before it asks to publish.
/// </summary>
public static class RecordsPlanTables
{
    /// <summary>The tables of <paramref name="result"/>: Folders, Documents, Retention Labels.</summary>
    public static IReadOnlyList<PlanTable> Of(LibraryRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [Folders(result), Documents(result), Labels(result)];
    }

    private static PlanTable Folders(LibraryRunResult result)
    {
        var creating = new HashSet<string>(result.Plan.FoldersToCreate, StringComparer.OrdinalIgnoreCase);
        // Each department folder's planned permissions, found by its department (the key the layout filed it under).
        var permissions = result.Plan.Permissions.Where(p => p.Department is not null).GroupBy(p => p.Department!.Value).ToDictionary(g => g.Key, g => g.First());
        var rows = new List<IReadOnlyList<string>>();
        foreach (var folder in result.Desired.Folders)
        {
            var grants = Grants(folder.Grants);
            var change = creating.Contains(folder.Path) ? "create" : permissions.TryGetValue(folder.Department, out var p) ? Change(p) : "none";
            var labels = folder.Labels().ToDictionary(l => l.Path, l => l.Label, StringComparer.Ordinal);
            rows.Add([folder.Path, folder.Department, folder.Access.ToString(), "No: its own permissions", grants, change, labels.GetValueOrDefault(folder.Path) ?? ""]);
            foreach (var sub in LibraryLayout.FolderPaths(result.Desired with { Folders = [folder] }).Skip(1))
            {
                rows.Add([sub, folder.Department, folder.Access.ToString(), $"Yes, from {folder.Path}", grants, creating.Contains(sub) ? "create" : "none",
                    labels.GetValueOrDefault(sub) ?? ""]);
            }
        }
        return new PlanTable("Folders", ["Folder", "Department", "Access Level", "Inherits Permissions", "Grants In Effect", "Planned Change", "Retention Label"], rows);
    }

    private static PlanTable Documents(LibraryRunResult result)
    {
        var changes = result.Plan.Documents.ToDictionary(d => d.Path, d => d.Change, StringComparer.OrdinalIgnoreCase);
        string[] headers = ["Document", .. LibraryColumns.All.Select(c => c.DisplayName), "Retention Label", "Planned Change"];
        var rows = result.Desired.Documents.Select(d => (IReadOnlyList<string>)[.. new[] { d.Path }
            .Concat(LibraryColumns.All.Select(c => d.Fields?.GetValueOrDefault(c.Name) ?? ""))
            .Concat([d.RetentionLabel ?? "", changes.GetValueOrDefault(d.Path).ToString().ToLowerInvariant()])]).ToList();
        return new PlanTable("Documents", headers, rows);
    }

    private static PlanTable Labels(LibraryRunResult result)
    {
        var rows = FilePlanCsv.Labels(result.Desired)
            .Select(l => (IReadOnlyList<string>)
            [
                l.Name, l.Documents.ToString(CultureInfo.InvariantCulture), string.Join(", ", l.Types), string.Join(", ", l.Departments),
                l.Retention?.Duration ?? "", l.Retention?.Action ?? "", l.Retention?.Trigger ?? "",
            ])
            .ToList();
        return new PlanTable("Retention Labels",
            ["Retention Label", "Documents", "Document Types", "Departments", "Retention Days", "Retention Action", "Retention Trigger"], rows);
    }

    private static string Grants(IEnumerable<Grant> grants) =>
        string.Join("; ", grants.Select(g => $"{g.Principal}: {g.Role switch { GrantRole.Owner => "full control", GrantRole.Write => "contribute", _ => "read" }}"));

    private static string Change(PlannedPermissions p) => p.BreakInheritance ? "stop inheriting; give the level's grants"
        : p.Add.Count + p.Remove.Count > 0 ? $"{p.Add.Count} grant(s) to give, {p.Remove.Count} to take back"
        : p.Drift.Count > 0 ? $"{p.Drift.Count} hand-made grant(s) kept" : "none";
}
