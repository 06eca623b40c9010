using System.CommandLine;

namespace OfficeInfra.Service.Cli;

/// <summary>Where a verb writes: the invocation's output and error writers, and whether output is a live terminal.</summary>
internal sealed record CliIo(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    /// <summary>The writers of one parsed command line.</summary>
    public static CliIo Of(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        // A progress bar only makes sense on a real console; redirected or captured output gets plain lines.
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        return new CliIo(output, configuration.Error, terminal);
    }
}
