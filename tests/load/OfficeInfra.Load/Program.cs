using System.Diagnostics;
using OfficeInfra.Load;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Writing;

// Mixed validate + generate load against a service already listening (tests/load/run.sh starts it):
//   OfficeInfra.Load <base-url> <workbook.xlsx> <service-pid> [seconds=60] [connections=16] [generate-share=0.2]
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: OfficeInfra.Load <base-url> <workbook.xlsx> <service-pid> [seconds] [connections] [generate-share]");
    return 2;
}
var baseUrl = new Uri(args[0]);
var workbook = File.ReadAllBytes(args[1]);
var memory = new MemorySampler(int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
var duration = TimeSpan.FromSeconds(args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 60);
var connections = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 16;
var generateShare = args.Length > 5 ? double.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 0.2;

var registersJson = JsonRegisterWriter.Write(XlsxRegisterReader.Read(args[1]));
using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
var load = new MixedLoad(http, workbook, registersJson, generateShare);

Console.WriteLine($"Mixed load: {duration.TotalSeconds:F0} s, {connections} connections, {generateShare:P0} of operations generate jobs, {baseUrl}");
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
