using System.CommandLine;

namespace OfficeInfra.Service.Cli;

/// <summary>The command tree of the one executable, and how a command line is run through it.</summary>
internal static class CliApp
{
    /// <summary>Builds the verbs: init, validate, generate, publish, templates, serve.</summary>
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("OfficeInfra: turn four Excel registers into job descriptions, SOPs, org charts and a records library.");
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(PublishCommand.Create());
        root.Subcommands.Add(TemplatesCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }

    /// <summary>
    /// Runs <paramref name="args"/>; output goes to <paramref name="output"/> and <paramref name="error"/> (the console
    /// when null). Bad usage prints the problem and exits 2.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null,
        CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            // CliAction catches at the boundary; the library's handler would print a stack trace.
            EnableDefaultExceptionHandler = false,
        };
        var parseResult = CreateRoot().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await configuration.Error.WriteLineAsync(parseError.Message).ConfigureAwait(false);
            }
            await configuration.Error.WriteLineAsync("Run with --help to see how to use it.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
