using OfficeInfra.FakeGraph;

// Stand-alone use (benchmarks, poking with curl): dotnet run --project tests/OfficeInfra.FakeGraph -- [port]
var port = args.Length > 0 && int.TryParse(args[0], out var p) ? p : 0;
await using var server = await FakeGraphServer.StartAsync(port: port);
Console.WriteLine($"Fake Graph at {server.GraphBaseUrl}, SharePoint REST base {server.SharePointBaseUrl}, site {FakeGraphServer.SiteUrl}");
await Task.Delay(Timeout.Infinite);
