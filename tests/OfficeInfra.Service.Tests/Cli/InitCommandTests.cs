using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Service.Tests.Support;

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
        XlsxRegisterReader.Read(path).Should().BeEquivalentTo(SampleOrganisation.Create(), o => o.Excluding(r => r.Organisation));
    }

    [Fact]
    public async Task Init_WithoutSample_WritesEmptyRegisters()
    {
        var path = _folder.File("empty.xlsx");

        var run = await CliRun.Of("init", path);

        run.ExitCode.Should().Be(0);
        var registers = XlsxRegisterReader.Read(path);
        (registers.Departments.Count + registers.Roles.Count + registers.Tasks.Count + registers.Processes.Count).Should().Be(0);
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
