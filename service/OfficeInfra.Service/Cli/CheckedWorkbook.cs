using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Cli;

/// <summary>A workbook read and judged once, ready for generate or publish: its registers as generation accepts them.</summary>
internal sealed record CheckedWorkbook(RegisterWorkbook Workbook, CheckedRegisters Registers, IReadOnlyList<Finding> Findings)
{
    /// <summary>
    /// Reads and checks <paramref name="file"/>. When the registers have errors, prints them, says nothing was done,
    /// and returns null (the verb exits 1).
    /// </summary>
    /// <param name="beforeRules">Given the registers as read, before the rules run (to start work that can overlap them).</param>
    public static async Task<CheckedWorkbook?> ReadAsync(FileInfo file, CliIo io, string refusal, Action<RegisterSet>? beforeRules = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(io);
        var workbook = XlsxRegisterReader.ReadWorkbook(file.FullName);
        beforeRules?.Invoke(workbook.Registers);
        var (findings, registers) = RegisterRules.Judge(workbook.Registers);
        if (registers is not null)
        {
            return new CheckedWorkbook(workbook, registers, findings);
        }
        await FindingsReport.WriteAsync(io.Out, findings.Where(f => f.Severity == Severity.Error).ToList(), workbook.Layout, file.Name,
            FindingWords.Of(workbook.Registers)).ConfigureAwait(false);
        await io.Error.WriteLineAsync($"{refusal}: the registers have {FindingCounts.Plural(FindingCounts.Of(findings).Errors, "error")} (listed above).").ConfigureAwait(false);
        return null;
    }

    /// <summary>A line pointing at the warnings, or null when there are none.</summary>
    public string? WarningNote()
    {
        var counts = FindingCounts.Of(Findings);
        return counts.Warnings == 0 ? null : $"The registers have {FindingCounts.Plural(counts.Warnings, "warning")}; run validate to see them.";
    }
}
