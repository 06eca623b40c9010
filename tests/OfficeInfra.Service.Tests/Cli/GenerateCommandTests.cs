using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

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
    public async Task Generate_RecordsPlanAsked_WritesTheWorkbookAndCsvAgainOverItsOwnButNeverOverSomeoneElses()
    {
        var workbook = _folder.File("ok.xlsx");
        await File.WriteAllBytesAsync(workbook, Workbooks.Sample());
        var plans = _folder.File("plans");

        var first = await CliRun.Of("generate", workbook, "--out", _folder.File("library"), "--as-of", "2026-12-01", "--records-plan", plans);
        var again = await CliRun.Of("generate", workbook, "--out", _folder.File("library"), "--as-of", "2026-12-01", "--records-plan", plans);
        await File.WriteAllTextAsync(Path.Combine(plans, "Records Plan.xlsx"), "someone's own file");
        var refused = await CliRun.Of("generate", workbook, "--out", _folder.File("other"), "--records-plan", plans);

        first.ExitCode.Should().Be(0, first.Error);
        first.Out.Should().Contain("Records Plan.xlsx");
        again.ExitCode.Should().Be(0, again.Error);
        File.Exists(Path.Combine(plans, "Records Plan - Purview file plan.csv")).Should().BeTrue();
        refused.ExitCode.Should().Be(2);
        refused.Error.Should().Contain("was not written by OfficeInfra");
        Directory.Exists(_folder.File("other")).Should().BeFalse("a refused plan is refused before anything is generated");
        (await File.ReadAllTextAsync(Path.Combine(plans, "Records Plan.xlsx"))).Should().Be("someone's own file");
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

    [Fact]
    public async Task Generate_HonoursLibrarySettings_LikePublishAndTheService()
    {
        var workbook = _folder.File("sample.xlsx");
        await File.WriteAllBytesAsync(workbook, Workbooks.Sample());
        var registers = SampleOrganisation.Create();
        var restricted = registers.Departments.Where(d => d.AccessLevel is AccessLevel.Restricted).Select(d => d.Name).ToHashSet();
        var titles = registers.Roles.Where(r => restricted.Contains(r.Department)).Select(r => r.Title).ToList();

        var summary = await RootDeckText(workbook, "summary", new Dictionary<string, string>());
        var full = await RootDeckText(workbook, "full", new Dictionary<string, string> { ["OFFICEINFRA_Library__OrgChartFullDetail"] = "true" });

        titles.Should().NotBeEmpty();
        titles.Should().NotBeSubsetOf(summary, "by default the root deck shows a Restricted department as its head and headcount");
        titles.Should().BeSubsetOf(full, "Library:OrgChartFullDetail allows full detail, for generate as for publish");
    }

    private async Task<HashSet<string>> RootDeckText(string workbook, string name, Dictionary<string, string> environment)
    {
        environment["HOME"] = _folder.Path;
        var library = _folder.File(name);
        using var cli = CliProcess.Start(environment, "generate", workbook, "--out", library, "--as-of", "2026-12-01");
        (await cli.WaitAsync(TimeSpan.FromMinutes(2))).Should().Be(0, cli.Output);
        var deck = Path.Combine(library, LibraryLayout.OrgChartName);
        using var presentation = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(deck, false);
        return presentation.PresentationPart!.SlideParts
            .SelectMany(s => s.Slide.Descendants<DocumentFormat.OpenXml.Drawing.Paragraph>())
            .Select(p => p.InnerText)
            .ToHashSet();
    }
}
