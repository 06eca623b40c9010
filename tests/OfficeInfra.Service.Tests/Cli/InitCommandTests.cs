using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Cli;

public sealed class InitCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Init_Sample_WritesTheSampleOrganisation()
    {
        var path = _folder.File("registers.xlsx");

        var run = await CliRun.Of("init", path, "--sample");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("Contoso");
        var read = XlsxRegisterReader.Read(path);
        read.Should().BeEquivalentTo(SampleOrganisation.Create());
        read.Settings.Should().Be(new OrganisationSettings("Contoso Ltd", "en", "12", Row: 2));
    }

    [Fact]
    public async Task Init_WithoutSample_WritesEmptyRegisters()
    {
        var path = _folder.File("empty.xlsx");

        var run = await CliRun.Of("init", path);

        run.ExitCode.Should().Be(0);
        var workbook = XlsxRegisterReader.ReadWorkbook(path);
        var registers = workbook.Registers;
        (registers.Departments.Count + registers.Roles.Count + registers.Tasks.Count + registers.Processes.Count).Should().Be(0);
        registers.Organisation.Should().Be("empty", "with no name on the Organisation sheet and no Title, the file's name is the organisation's");
        foreach (var (sheet, header) in new[] { ("Organisation", "Language"), ("Organisation", "Review Interval"), ("Roles", "Qualifications"),
                     ("Roles", "Contract"), ("Departments", "Approved By"), ("Processes", "Approved By") })
        {
            workbook.Layout.ColumnOf(sheet, header).Should().NotBeNull($"init writes the {sheet} sheet's {header} column");
        }
    }

    [Fact]
    public async Task Init_ExistingFile_RefusesAndKeepsIt()
    {
        var path = _folder.File("mine.xlsx");
        await File.WriteAllTextAsync(path, "my precious data");

        var run = await CliRun.Of("init", path, "--sample");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("already exists").And.Contain("--force");
        (await File.ReadAllTextAsync(path)).Should().Be("my precious data");
    }

    [Fact]
    public async Task Init_ExistingFileWithForce_Overwrites()
    {
        var path = _folder.File("mine.xlsx");
        await File.WriteAllTextAsync(path, "old");

        var run = await CliRun.Of("init", path, "--sample", "--force");

        run.ExitCode.Should().Be(0);
        XlsxRegisterReader.Read(path).Roles.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Init_FolderDoesNotExist_OneSentenceExit2()
    {
        var run = await CliRun.Of("init", Path.Combine(_folder.Path, "missing", "x.xlsx"));

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().StartWith("Cannot write");
        run.ShowsStackTrace.Should().BeFalse();
    }
}
