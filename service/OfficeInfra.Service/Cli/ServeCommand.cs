using System.CommandLine;
using OfficeInfra.Service.Http;

namespace OfficeInfra.Service.Cli;

/// <summary>
/// <c>serve [--urls &lt;urls&gt;]</c>: runs the HTTP service, which also serves the add-in. A service that cannot
/// start says why in one sentence and exits 2.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var urls = new Option<string?>("--urls")
        {
            Description = "Where to listen, e.g. http://127.0.0.1:5080 (the default). Without Entra ID settings only loopback addresses are allowed.",
        };
        var command = new Command("serve", "Run the HTTP service and serve the Excel add-in.") { urls };
        CliAction.Set(command, async (parse, _, cancellationToken) =>
        {
            string[] args = parse.GetValue(urls) is { } value ? [$"--urls={value}"] : [];
            try
            {
                await ServiceHost.RunAsync(args, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (StartupFailure.Explain(e) is { } explained)
            {
                throw explained;
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
