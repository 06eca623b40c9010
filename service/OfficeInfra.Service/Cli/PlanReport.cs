using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Cli;

/// <summary>A library plan in plain words: what will be (or was) created, changed, left alone, and permission changes.</summary>
internal static class PlanReport
{
    /// <summary>What is said of a document edited by hand since the product wrote it.</summary>
    public const string EditedNote = "(changed by hand since OfficeInfra wrote it, so it was left alone; lasting changes belong in the " +
        "registers or the templates (templates export); --overwrite-edited replaces it)";

    /// <summary>Writes every change line by line, then a one-line summary.</summary>
    public static async Task WriteAsync(TextWriter writer, LibraryRunResult result, string where)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var plan = result.Plan;
        var verb = result.Applied ? "Changed" : "Would change";
        await writer.WriteLineAsync(plan.IsEmpty ? $"{where} already matches the registers; nothing to change." : $"{verb} in {where}:").ConfigureAwait(false);
        foreach (var column in plan.ColumnsToCreate ?? [])
        {
            await writer.WriteLineAsync($"  create column  {column}").ConfigureAwait(false);
        }
        if (plan.EnableVersioning)
        {
            await writer.WriteLineAsync("  versions       turn on the library's major versions").ConfigureAwait(false);
        }
        if (plan.SecureRecords)
        {
            await writer.WriteLineAsync("  records        make manifest.json readable by the library's owners only (it names every department's documents)").ConfigureAwait(false);
        }
        foreach (var folder in plan.FoldersToCreate)
        {
            await writer.WriteLineAsync($"  create folder  {folder}").ConfigureAwait(false);
        }
        foreach (var label in plan.FolderLabels ?? [])
        {
            await writer.WriteLineAsync($"  label folder   {label.Path}  ({label.Label})").ConfigureAwait(false);
        }
        foreach (var document in plan.Documents.Where(d => d.Change != DocumentChange.Unchanged))
        {
            var note = document.Change switch
            {
                DocumentChange.Conflict => " (a file the product did not make is there; it is left alone)",
                DocumentChange.Edited => " " + EditedNote,
                DocumentChange.Overwrite => " (edited by hand; --overwrite-edited replaces it)",
                _ => string.Empty,
            };
            await writer.WriteLineAsync($"  {Words(document.Change),-13}  {document.Path}{note}").ConfigureAwait(false);
        }
        foreach (var permissions in plan.Permissions)
        {
            foreach (var line in PermissionLines(permissions))
            {
                await writer.WriteLineAsync($"  permissions    {permissions.Path}: {line}").ConfigureAwait(false);
            }
        }
        var counts = plan.Documents.ToLookup(d => d.Change);
        await writer.WriteLineAsync(
            $"{FindingCounts.Plural(plan.FoldersToCreate.Count, "folder")} to create; documents: {counts[DocumentChange.New].Count()} new, " +
            $"{counts[DocumentChange.Changed].Count()} changed, {counts[DocumentChange.Unchanged].Count()} unchanged, " +
            $"{counts[DocumentChange.Stale].Count()} stale, {counts[DocumentChange.Delete].Count()} to delete, " +
            $"{counts[DocumentChange.Conflict].Count()} blocked by files we did not make, " +
            $"{counts[DocumentChange.Edited].Count()} edited by hand (kept), {counts[DocumentChange.Overwrite].Count()} edited by hand to overwrite; " +
            $"{FindingCounts.Plural(plan.Permissions.Count(p => p.BreakInheritance || p.Add.Count > 0 || p.Remove.Count > 0), "folder")} with permission changes.").ConfigureAwait(false);
    }

    /// <summary>
    /// Before a run: one warning per configured retention label (<c>Records:RetentionLabels</c>) whose name Purview's
    /// file plan import refuses. The Records register's own rows get a finding from the rules instead.
    /// </summary>
    public static async Task WriteLabelWarningsAsync(TextWriter writer, LibraryOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var label in options.UnimportableLabels())
        {
            await writer.WriteLineAsync(
                $"Warning: Purview's file plan import cannot create the retention label '{label}' (it takes only letters, digits, hyphens and " +
                "spaces, at most 64); rename it in Records:RetentionLabels, or make sure the tenant has it (created in the Purview portal).").ConfigureAwait(false);
        }
    }

    private static string Words(DocumentChange change) => change switch
    {
        DocumentChange.New => "new",
        DocumentChange.Changed => "update",
        DocumentChange.Stale => "stale (kept)",
        DocumentChange.Delete => "delete",
        DocumentChange.Conflict => "conflict",
        DocumentChange.Edited => "edited (kept)",
        DocumentChange.Overwrite => "overwrite",
        DocumentChange.Metadata => "columns/label",
        _ => "unchanged",
    };

    private static IEnumerable<string> PermissionLines(PlannedPermissions permissions)
    {
        if (permissions.BreakInheritance)
        {
            yield return "stop inheriting from the library";
        }
        foreach (var grant in permissions.Add)
        {
            yield return $"give {grant.Principal} {Role(grant.Role)}";
        }
        foreach (var grant in permissions.Remove)
        {
            yield return $"remove {Role(grant.Role)} from {grant.Principal}";
        }
        foreach (var grant in permissions.Drift.Except(permissions.Remove))
        {
            yield return $"{grant.Principal} has {Role(grant.Role)} that the access level does not give (kept; --prune-permissions removes it)";
        }
    }

    private static string Role(GrantRole role) => role switch
    {
        GrantRole.Owner => "full control",
        GrantRole.Write => "edit access",
        _ => "read access",
    };
}
