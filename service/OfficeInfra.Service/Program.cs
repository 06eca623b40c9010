using OfficeInfra.Service.Cli;
using OfficeInfra.Service.Http;

// The one executable. Cli/ holds the verbs (init, validate, generate, publish, serve); Http/ holds the service that
// `serve` starts, with its own table of contents in ServiceHost.
if (ServiceHost.IsHostingLaunch(args))
{
    // WebApplicationFactory (tests) starts this entry point with host settings only: that means "serve".
    await ServiceHost.RunAsync(args).ConfigureAwait(false);
    return ExitCodes.Ok;
}
return await CliApp.RunAsync(args).ConfigureAwait(false);

/// <summary>The entry point, named so that tests can start the service through WebApplicationFactory.</summary>
public partial class Program;
