using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Cli;

/// <summary>Findings in plain words for a person: grouped by sheet, each with its cell, then a one-line summary, in the
/// organisation's language, as the findings themselves are.</summary>
internal static class FindingsReport
{
    /// <summary>Writes the findings grouped by sheet, followed by the summary line.</summary>
    public static async Task WriteAsync(TextWriter writer, IReadOnlyList<Finding> findings, RegisterLayout? layout, string source, FindingWords words)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(words);
        foreach (var sheet in findings.GroupBy(f => f.Sheet))
        {
            await writer.WriteLineAsync(sheet.Key).ConfigureAwait(false);
            foreach (var finding in sheet)
            {
                var cell = CellReference.For(finding, layout);
                await writer.WriteLineAsync($"  {words.Severities[finding.Severity],-7} {cell,-16} {finding.Message}").ConfigureAwait(false);
            }
            await writer.WriteLineAsync().ConfigureAwait(false);
        }
        await writer.WriteLineAsync(Summary(findings, source, words)).ConfigureAwait(false);
    }

    /// <summary>For example "contoso.xlsx: 1 error, 2 warnings. Errors block generating and publishing."</summary>
    public static string Summary(IReadOnlyList<Finding> findings, string source, FindingWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var counts = FindingCounts.Of(findings);
        var line = $"{source}: {words.Counts(counts.Errors, counts.Warnings)}{words.FullStop}";
        return counts.Errors > 0 ? line + words.ErrorsBlock : line.TrimEnd();
    }
}
