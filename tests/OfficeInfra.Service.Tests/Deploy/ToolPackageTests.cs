using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Deploy;

public sealed class ToolPackageTests
{
    [Fact]
    public async Task Pack_InstallsTheOfficeinfraCommand_WhichValidatesTheSample()
    {
        using var folder = new TempFolder();
        var feed = folder.File("feed");
        // The build these tests run against, packed as README says (--no-build: it is already built), then installed
        // from that folder alone, as `dotnet tool install` would from any feed.
        var pack = await ProgramRun.Of("dotnet", ["pack", Path.Combine(Repo.Root, "service", "OfficeInfra.Service"), "--no-build",
            "-c", Repo.Configuration, "-o", feed], TimeSpan.FromMinutes(3));
        pack.ExitCode.Should().Be(0, pack.Out + pack.Error);
        Directory.GetFiles(feed, "OfficeInfra.*.nupkg").Should().ContainSingle();
        await File.WriteAllTextAsync(folder.File("nuget.config"),
            $"""<configuration><packageSources><clear /><add key="feed" value="{feed}" /></packageSources></configuration>""");

        var install = await ProgramRun.Of("dotnet", ["tool", "install", "OfficeInfra", "--tool-path", folder.File("tools"),
            "--configfile", folder.File("nuget.config")], TimeSpan.FromMinutes(3));
        install.ExitCode.Should().Be(0, install.Out + install.Error);

        var sample = Path.Combine(Repo.Root, "samples", "contoso.xlsx");
        var validate = await ProgramRun.Of(Path.Combine(folder.File("tools"), "officeinfra"), ["validate", sample], TimeSpan.FromMinutes(1));
        validate.ExitCode.Should().Be(0, validate.Out + validate.Error);
        // The same program: it says what the CLI in this process says about the same workbook.
        var expected = await CliRun.Of("validate", sample);
        validate.Out.Should().Be(expected.Out).And.MatchRegex(@"contoso\.xlsx: \d+ warnings?\.\s*$");
    }
}
