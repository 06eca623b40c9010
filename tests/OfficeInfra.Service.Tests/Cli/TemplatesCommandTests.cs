using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Cli;

public sealed class TemplatesCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Export_ThenCheck_BuiltInTemplatesAreFine()
    {
        var export = await CliRun.Of("templates", "export", _folder.Path);
        var check = await CliRun.Of("templates", "check", _folder.Path);

        export.ExitCode.Should().Be(0);
        File.Exists(_folder.File("Job Description.docx")).Should().BeTrue();
        File.Exists(_folder.File("SOP.docx")).Should().BeTrue();
        check.ExitCode.Should().Be(0, check.Out + check.Error);
        check.Out.Should().Contain("the templates are fine");
    }

    [Fact]
    public async Task Export_Turkish_WritesEveryRoleTypesTemplateInTurkish()
    {
        var export = await CliRun.Of("templates", "export", _folder.Path, "--language", "tr");
        var check = await CliRun.Of("templates", "check", _folder.Path);

        export.ExitCode.Should().Be(0, export.Error);
        foreach (var name in new[] { "Job Description", "Internship Description", "Volunteer Role Description", "Service Scope", "SOP" })
        {
            File.Exists(_folder.File(name + ".docx")).Should().BeTrue(name);
        }
        using var zip = System.IO.Compression.ZipFile.OpenRead(_folder.File("Job Description.docx"));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        (await reader.ReadToEndAsync()).Should().Contain("Temel görev ve sorumluluklar");
        check.ExitCode.Should().Be(0, check.Out + check.Error);
    }

    [Fact]
    public async Task Export_UnknownLanguage_IsBadUse()
    {
        var run = await CliRun.Of("templates", "export", _folder.Path, "--language", "fr");

        run.ExitCode.Should().Be(2);
        File.Exists(_folder.File("SOP.docx")).Should().BeFalse();
    }

    [Fact]
    public async Task Export_OverEditedTemplates_RefusesWithoutForce()
    {
        await File.WriteAllTextAsync(_folder.File("SOP.docx"), "HR's edits");

        var run = await CliRun.Of("templates", "export", _folder.Path);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--force");
        (await File.ReadAllTextAsync(_folder.File("SOP.docx"))).Should().Be("HR's edits");
    }

    [Fact]
    public async Task Check_BrokenTemplate_ListsTheProblemAndExits1()
    {
        await File.WriteAllTextAsync(_folder.File("SOP.docx"), "not a docx at all");

        var run = await CliRun.Of("templates", "check", _folder.Path);

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("SOP.docx").And.Contain("1 problem");
        run.ShowsStackTrace.Should().BeFalse();
    }

    [Fact]
    public async Task Check_MissingFolder_OneSentenceExit2()
    {
        var run = await CliRun.Of("templates", "check", _folder.File("nope"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("does not exist");
    }
}
