using OfficeInfra.Service.Tests.Support;

namespace OfficeInfra.Service.Tests.Cli;

public sealed class UsageTests
{
    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("validate")]
    [InlineData("generate", "x.xlsx")]
    [InlineData("validate", "x.xlsx", "--no-such-option")]
    [InlineData("generate", "x.xlsx", "--out", "lib", "--as-of", "2026-13-45")]
    [InlineData("generate", "x.xlsx", "--out", "lib", "--as-of", "1/12/2026")]
    public async Task Run_BadUsage_ExplainsAndExits2(params string[] args)
    {
        var run = await CliRun.Of(args);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--help");
        run.ShowsStackTrace.Should().BeFalse();
    }

    [Theory]
    [InlineData("init")]
    [InlineData("validate")]
    [InlineData("generate")]
    [InlineData("publish")]
    [InlineData("serve")]
    [InlineData("templates")]
    public async Task Help_EveryVerb_DescribesItAndExits0(string verb)
    {
        var run = await CliRun.Of(verb, "--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("Usage:").And.Contain(verb);
    }

    [Fact]
    public async Task Serve_NonLoopbackWithoutEntraId_RefusesExit2()
    {
        var run = await CliRun.Of("serve", "--urls", "http://0.0.0.0:5999");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("loopback");
        run.ShowsStackTrace.Should().BeFalse();
    }
}
