using System.Runtime;
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
if (args is not ["serve", ..])
{
    // Every verb but `serve` is one batch job. The background collector's thread competed with the work for the
    // machine's cores: non-concurrent collection took a 2,000-role generate from 7.1 to 5.7 s of CPU on 2 cores
    // (tests/bench/startup.sh). `serve` keeps concurrent collection, which keeps request pauses short.
    GCSettings.LatencyMode = GCLatencyMode.Batch;
}
return await CliApp.RunAsync(args).ConfigureAwait(false);

/// <summary>The entry point, named so that tests can start the service through WebApplicationFactory.</summary>
public partial class Program;
