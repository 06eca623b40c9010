using OfficeInfra.Registers.Model;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Cli;

/// <summary>Hostile or oversized workbooks at the CLI: one sentence or a finding, an exit code, and nothing written.</summary>
public sealed class BadInputCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Generate_TaskLongerThanACellHolds_PrintsTheErrorWritesNothingExit1()
    {
        var registers = RegisterSetBuilder.Valid().Add(new TaskItem("", new string('x', 40_000), "Ops", "Boss")).Build();
        var workbook = _folder.File("long.xlsx");
        await File.WriteAllBytesAsync(workbook, Workbooks.Of(registers));
        var library = _folder.File("library");

        var run = await CliRun.Of("generate", workbook, "--out", library, "--as-of", "2026-12-01");

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("Tasks!B3").And.Contain("The Task cell on row 3 holds 40,000 characters; a cell can hold at most 32,767.");
        run.Out.Length.Should().BeLessThan(2_000, "no message repeats the 40,000 characters");
        Directory.Exists(library).Should().BeFalse();
    }

    [Fact]
    public async Task Validate_ZipBombWithALyingSize_OneSentenceExit2()
    {
        var bomb = StreamedWorkbook.WithTasks(xml =>
        {
            StreamedWorkbook.Row(xml, 1, "Task", "Department");
            xml.Flush();
            var rows = string.Concat(Enumerable.Repeat("<row/>", 100_000));
            for (var i = 0; i < 50; i++)
            {
                xml.WriteRaw(rows);
            }
        });
        var workbook = _folder.File("bomb.xlsx");
        await File.WriteAllBytesAsync(workbook, ZipHeaders.DeclareSize(bomb, "xl/worksheets/sheet3.xml", 1_000));

        var run = await CliRun.Of("validate", workbook);

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("zip bombs");
        run.ShowsStackTrace.Should().BeFalse();
    }
}
