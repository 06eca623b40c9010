using OfficeInfra.Service.Cli;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>What one in-process run of the CLI printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>True when anything printed looks like a .NET stack trace.</summary>
    public bool ShowsStackTrace => (Out + Error).Contains("   at ", StringComparison.Ordinal)
        || (Out + Error).Contains("Exception", StringComparison.Ordinal);
}
