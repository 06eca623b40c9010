using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Cli;

/// <summary>Findings in plain words for a person: grouped by sheet, each with its cell, then a one-line summary.</summary>
public static class FindingsReport
{
    /// <summary>Writes the findings grouped by sheet, followed by the summary line.</summary>
    public static async Task WriteAsync(TextWriter writer, IReadOnlyList<Finding> findings, RegisterLayout? layout, string source)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var sheet in findings.GroupBy(f => f.Sheet))
        {
            await writer.WriteLineAsync(sheet.Key).ConfigureAwait(false);
            foreach (var finding in sheet)
            {
                var cell = CellReference.For(finding, layout);
                await writer.WriteLineAsync($"  {Label(finding.Severity),-7} {cell,-16} {finding.Message}").ConfigureAwait(false);
            }
            await writer.WriteLineAsync().ConfigureAwait(false);
        }
        await writer.WriteLineAsync(Summary(findings, source)).ConfigureAwait(false);
    }

    /// <summary>For example "contoso.xlsx: 1 error, 2 warnings. Errors block generating and publishing."</summary>
    public static string Summary(IReadOnlyList<Finding> findings, string source)
    {
        var counts = FindingCounts.Of(findings);
        var verdict = counts.Errors > 0 ? " Errors block generating and publishing; fix them and run validate again." : string.Empty;
        return $"{source}: {counts}.{verdict}";
    }

    private static string Label(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
