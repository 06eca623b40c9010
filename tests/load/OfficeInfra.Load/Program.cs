using System.Diagnostics;
using OfficeInfra.Load;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Writing;

// Mixed validate + generate load against services already listening (tests/load/run.sh starts them):
//   OfficeInfra.Load <base-url[,base-url…]> <workbook.xlsx> <service-pid[,pid…]> [seconds=60] [connections=16] [generate-share=0.2]
// With several base URLs (instances sharing one PostgreSQL job store) requests go to them in turn, so a job started
// on one is mostly followed and downloaded through another.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: OfficeInfra.Load <base-url[,base-url…]> <workbook.xlsx> <service-pid[,pid…]> [seconds] [connections] [generate-share]");
    return 2;
}
var baseUrls = args[0].Split(',').Select(u => new Uri(u)).ToList();
var workbook = File.ReadAllBytes(args[1]);
var memory = new MemorySampler(args[2].Split(',').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToList());
var duration = TimeSpan.FromSeconds(args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 60);
var connections = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 16;
var generateShare = args.Length > 5 ? double.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 0.2;

var registersJson = JsonRegisterWriter.Write(XlsxRegisterReader.Read(args[1]));
using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
var load = new MixedLoad(http, new RoundRobin(baseUrls), workbook, registersJson, generateShare);

Console.WriteLine($"Mixed load: {duration.TotalSeconds:F0} s, {connections} connections, {generateShare:P0} of operations generate jobs, {string.Join(" + ", baseUrls)}");
var clock = Stopwatch.StartNew();
memory.Sample(clock.Elapsed);
using var sampling = new PeriodicTimer(TimeSpan.FromSeconds(5));
var sampler = Task.Run(async () =>
{
    while (await sampling.WaitForNextTickAsync())
    {
        memory.Sample(clock.Elapsed);
    }
});
await load.RunAsync(connections, duration, seed: 20261201);
var elapsed = clock.Elapsed;
memory.Sample(elapsed);
sampling.Dispose();
await sampler;

Console.WriteLine(load.Validate.Summary(elapsed));
Console.WriteLine(load.GenerateJobs.Summary(elapsed));
Console.WriteLine(load.Requests.Summary(elapsed));
Console.WriteLine(memory.Summary());
return load.Requests.Errors + load.GenerateJobs.Errors == 0 ? 0 : 1;
