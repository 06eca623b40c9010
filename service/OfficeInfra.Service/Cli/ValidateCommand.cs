using System.CommandLine;
using System.Text.Json;
using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Cli;

/// <summary><c>validate &lt;workbook.xlsx&gt; [--json]</c>: prints the findings; exit 0 no errors, 1 errors, 2 unreadable.</summary>
internal static class ValidateCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var workbook = new Argument<FileInfo>("workbook") { Description = "The register workbook (.xlsx)." };
        var json = new Option<bool>("--json") { Description = "Print the findings as a JSON array (SPEC §2 fields plus cell)." };
        var command = new Command("validate", "Check the registers and print what is wrong, cell by cell.") { workbook, json };
        CliAction.Set(command, async (parse, io, _) =>
        {
            var file = parse.GetValue(workbook)!;
            var read = XlsxRegisterReader.ReadWorkbook(file.FullName);
            var findings = RegisterRules.Check(read.Registers);
            if (parse.GetValue(json))
            {
                await io.Out.WriteLineAsync(JsonSerializer.Serialize(FindingView.From(findings, read.Layout), ServiceJson.Indented)).ConfigureAwait(false);
            }
            else
            {
                await FindingsReport.WriteAsync(io.Out, findings, read.Layout, file.Name, FindingWords.Of(read.Registers)).ConfigureAwait(false);
            }
            return RegisterRules.HasErrors(findings) ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }
}
