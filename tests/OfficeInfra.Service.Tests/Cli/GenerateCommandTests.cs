using OfficeInfra.Service.Tests.Support;

namespace OfficeInfra.Service.Tests.Cli;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Generate_RegistersWithErrors_PrintsThemWritesNothingExit1()
    {
        var workbook = _folder.File("bad.xlsx");
        await File.WriteAllBytesAsync(workbook, Workbooks.Of(Workbooks.WithErrors()));
        var library = _folder.File("library");

        var run = await CliRun.Of("generate", workbook, "--out", library, "--as-of", "2026-12-01");

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("Tasks!D3");
        run.Error.Should().Contain("Nothing was generated");
        Directory.Exists(library).Should().BeFalse();
    }

    [Fact]
    public async Task Generate_UnreadableWorkbook_Exit2WritesNothing()
    {
        var workbook = _folder.File("zip.xlsx");
        await File.WriteAllBytesAsync(workbook, Workbooks.Unreadable("truncated-zip"));
        var library = _folder.File("library");

        var run = await CliRun.Of("generate", workbook, "--out", library);

        run.ExitCode.Should().Be(2);
        run.ShowsStackTrace.Should().BeFalse();
        Directory.Exists(library).Should().BeFalse();
    }

    [Fact]
    public async Task Generate_MissingTemplatesFolder_Exit2()
    {
        var workbook = _folder.File("ok.xlsx");
        await File.WriteAllBytesAsync(workbook, Workbooks.Sample());

        var run = await CliRun.Of("generate", workbook, "--out", _folder.File("lib"), "--templates", _folder.File("nope"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("templates folder");
    }

    [Fact]
    public async Task Publish_NoSite_SaysHowToGiveOneExit2()
    {
        var workbook = _folder.File("ok.xlsx");
        await File.WriteAllBytesAsync(workbook, Workbooks.Sample());

        var run = await CliRun.Of("publish", workbook, "--plan");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--site");
    }

    [Fact]
    public async Task Publish_RegistersWithErrors_Exit1()
    {
        var workbook = _folder.File("bad.xlsx");
        await File.WriteAllBytesAsync(workbook, Workbooks.Of(Workbooks.WithErrors()));

        var run = await CliRun.Of("publish", workbook, "--site", "https://contoso.sharepoint.com/sites/ops", "--plan");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("Nothing was published");
    }
}
