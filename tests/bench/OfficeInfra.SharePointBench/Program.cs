using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using OfficeInfra.Documents.Word;
using OfficeInfra.FakeGraph;
using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.SharePoint;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Testing;

// Documents per second publishing a synthetic library to the fake SharePoint with injected latency.
//   dotnet run -c Release --project tests/bench/OfficeInfra.SharePointBench -- [roles=2000] [latencyMs=50] [concurrency...=1 4]
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
var roles = Arg(0, 2000);
var latency = TimeSpan.FromMilliseconds(Arg(1, 50));
int[] levels = args.Length > 2 ? args.Skip(2).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1, 4];

var registers = SyntheticOrganisation.Create(roles: roles, tasks: roles * 3, processes: Math.Max(1, roles / 10));
var publisher = new LibraryPublisher([new WordDocumentGenerator(TemplateSet.Default())], new LibraryOptions());
var build = Stopwatch.StartNew();
var desired = publisher.BuildDesired(RegisterRules.Checked(registers), new DateOnly(2026, 11, 1));
Console.WriteLine($"{desired.Documents.Count} documents, {desired.Folders.Count} department folders, generated in {build.Elapsed.TotalSeconds:F1} s");

foreach (var concurrency in levels)
{
    await using var server = await FakeGraphServer.StartAsync();
    server.Latency = latency;
    var options = new SharePointOptions
    {
        SiteUrl = FakeGraphServer.SiteUrl, GraphBaseUrl = server.GraphBaseUrl, SharePointBaseUrl = server.SharePointBaseUrl,
        MaxConcurrency = concurrency,
    };
    using var target = SharePointLibraryTarget.Connect(options, new StaticToken());
    var plan = LibraryPlanner.Plan(desired, await target.ReadAsync(), new LibraryOptions());
    var clock = Stopwatch.StartNew();
    await target.ApplyAsync(plan, desired);
    clock.Stop();
    Console.WriteLine($"concurrency {concurrency}, latency {latency.TotalMilliseconds:F0} ms: {desired.Documents.Count} documents in {clock.Elapsed.TotalSeconds:F1} s = "
        + $"{desired.Documents.Count / clock.Elapsed.TotalSeconds:F1} documents/s ({server.Requests.Count} requests, at most {server.MaxInFlight} in flight)");
}

/// <summary>The fake accepts any bearer token.</summary>
internal sealed class StaticToken : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new("bench", DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
