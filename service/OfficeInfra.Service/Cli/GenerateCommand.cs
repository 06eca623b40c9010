using System.CommandLine;
using OfficeInfra.Publishing.Local;
using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Service.Cli;

/// <summary>
/// <c>generate &lt;workbook.xlsx&gt; --out &lt;dir&gt; [--templates &lt;dir&gt;] [--as-of YYYY-MM-DD] [--overwrite-edited] [--records-plan &lt;dir&gt;]</c>:
/// builds the library on disk. Exit 1 (nothing written) when the registers have errors.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var workbook = new Argument<FileInfo>("workbook") { Description = "The register workbook (.xlsx)." };
        var output = new Option<DirectoryInfo>("--out") { Description = "The library folder to create or update.", Required = true };
        var templates = CliOptions.Templates();
        var asOf = CliOptions.AsOf();
        var overwriteEdited = CliOptions.OverwriteEdited();
        var recordsPlan = CliOptions.RecordsPlan();
        var command = new Command("generate", "Build the library (job descriptions, SOPs, org charts, department folders) in a folder.")
        {
            workbook, output, templates, asOf, overwriteEdited, recordsPlan,
        };
        CliAction.Set(command, async (parse, io, cancellationToken) =>
        {
            var file = parse.GetValue(workbook)!;
            var folder = parse.GetValue(output)!;
            OutputFolder.Check(folder.FullName);
            if (parse.GetValue(recordsPlan) is { } planFolder)
            {
                Publishing.Records.RecordsPlanFiles.CheckWritable(planFolder.FullName);
            }
            // A folder without records of its own follows on from those the Excel add-in kept in the workbook, if any;
            // looked for on another core while the registers are read.
            var inheriting = File.Exists(Path.Combine(folder.FullName, LibraryLayout.ManifestName))
                ? Task.FromResult<Publishing.Records.LibraryRecords?>(null)
                : Task.Run(() => Publishing.Records.WorkbookRecords.Read(file.FullName), cancellationToken);
            // The same Library:* settings as publish and the service (appsettings.json, OFFICEINFRA_ variables).
            var options = Shared.LibrarySettings.From(Shared.ServiceConfiguration.Load()) with { OverwriteEdited = parse.GetValue(overwriteEdited) };
            LibraryPublisher? publisher = null;
            // The templates compile on the other core while the rules check the registers.
            if (await CheckedWorkbook.ReadAsync(file, io, "Nothing was generated", registers =>
                {
                    publisher = Shared.StandardPublisher.Create(parse.GetValue(templates)?.FullName, options);
                    publisher.Prepare(registers.Settings.DocumentLanguage);
                }).ConfigureAwait(false) is not { } read)
            {
                return ExitCodes.Failed;
            }
            var inherited = await inheriting.ConfigureAwait(false);
            var target = new LocalLibraryTarget(folder.FullName) { StartingRecords = inherited };
            var result = await ProgressDisplay.RunAsync(io, "Generating", progress =>
                publisher!.PublishAsync(read.Registers, parse.GetValue(asOf), target, progress, cancellationToken)).ConfigureAwait(false);
            await GenerateSummary.WriteAsync(io.Out, result, folder.FullName).ConfigureAwait(false);
            if (inherited is not null)
            {
                await io.Out.WriteLineAsync($"Followed on from the records the Excel add-in kept in {file.Name}: {inherited.Documents.Count} documents' IDs, versions and history.").ConfigureAwait(false);
            }
            await CliOptions.WriteRecordsPlanAsync(parse.GetValue(recordsPlan), result, io.Out).ConfigureAwait(false);
            if (read.WarningNote() is { } note)
            {
                await io.Out.WriteLineAsync(note).ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
