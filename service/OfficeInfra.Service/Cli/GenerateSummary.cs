using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Cli;

/// <summary>The plain summary after <c>generate</c>: how many documents, what changed, what is stale.</summary>
internal static class GenerateSummary
{
    /// <summary>Writes the summary line, then each stale document on its own line.</summary>
    public static async Task WriteAsync(TextWriter writer, LibraryRunResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var changes = result.Plan.Documents.ToLookup(d => d.Change);
        var stale = changes[DocumentChange.Stale].ToList();
        var conflicts = changes[DocumentChange.Conflict].ToList();
        var edited = changes[DocumentChange.Edited].ToList();
        await writer.WriteLineAsync(
            $"Generated {FindingCounts.Plural(result.Desired.Documents.Count, "document")} in {folder} " +
            $"({changes[DocumentChange.New].Count()} new, {changes[DocumentChange.Changed].Count()} changed, " +
            $"{changes[DocumentChange.Unchanged].Count()} unchanged, {edited.Count} edited by hand and kept; {FindingCounts.Plural(result.Desired.Folders.Count, "department folder")}; " +
            $"{FindingCounts.Plural(stale.Count, "stale document")} left in place).").ConfigureAwait(false);
        foreach (var document in stale)
        {
            await writer.WriteLineAsync($"  stale: {document.Path} (its subject has left the registers)").ConfigureAwait(false);
        }
        foreach (var document in edited)
        {
            await writer.WriteLineAsync($"  edited: {document.Path} {PlanReport.EditedNote}").ConfigureAwait(false);
        }
        foreach (var document in changes[DocumentChange.Overwrite])
        {
            await writer.WriteLineAsync($"  overwritten: {document.Path} (it had been edited by hand; --overwrite-edited replaced it)").ConfigureAwait(false);
        }
        foreach (var document in conflicts)
        {
            await writer.WriteLineAsync($"  not written: {document.Path} (a file the product did not make is there; it was left alone)").ConfigureAwait(false);
        }
    }
}
