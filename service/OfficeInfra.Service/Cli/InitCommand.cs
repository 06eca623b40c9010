using System.CommandLine;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Cli;

/// <summary><c>init &lt;workbook.xlsx&gt; [--sample] [--force]</c>: writes an empty register workbook or the sample one.</summary>
internal static class InitCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var workbook = new Argument<FileInfo>("workbook") { Description = "The .xlsx file to write." };
        var sample = new Option<bool>("--sample") { Description = "Fill it with the sample organisation (Contoso Ltd)." };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("init", "Write a register workbook: empty, or holding the sample organisation.") { workbook, sample, force };
        CliAction.Set(command, async (parse, io, _) =>
        {
            var file = parse.GetValue(workbook)!;
            if (file.Exists && !parse.GetValue(force))
            {
                await io.Error.WriteLineAsync($"'{file.FullName}' already exists; add --force to overwrite it.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            var registers = parse.GetValue(sample) ? SampleOrganisation.Create() : RegisterSet.Empty;
            Write(file, registers);
            var what = registers.Departments.Count == 0
                ? "an empty register workbook"
                : $"the sample organisation {registers.Organisation} ({FindingCounts.Plural(registers.Departments.Count, "department")}, " +
                  $"{FindingCounts.Plural(registers.Roles.Count, "role")}, {FindingCounts.Plural(registers.Tasks.Count, "task")}, " +
                  $"{FindingCounts.Plural(registers.Processes.Count, "process", "processes")})";
            await io.Out.WriteLineAsync($"Wrote {file.FullName}: {what}.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(FileInfo file, RegisterSet registers)
    {
        // Write beside the target, then move, so a failure never leaves half a workbook where the user's file was.
        var temporary = file.FullName + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite))
            {
                RegisterWorkbookWriter.Write(stream, registers);
            }
            File.Move(temporary, file.FullName, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
            throw new OfficeInfraException(ErrorKind.UnreadableInput, $"Cannot write '{file.FullName}': {e.Message}", e);
        }
    }
}
