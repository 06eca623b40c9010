using System.Globalization;
using BenchmarkDotNet.Running;
using OfficeInfra.Bench;

// On-demand benchmarks (issue 8). tests/bench/run.sh runs them all; each verb is one measurement.
var verb = args.FirstOrDefault() ?? "help";
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var work = Environment.GetEnvironmentVariable("OFFICEINFRA_BENCH_WORK") ?? Path.Combine(Path.GetTempPath(), "officeinfra-bench");

return verb switch
{
    "peer" => PeerBenchmark.Run(roles: Arg(1, 1000), work: Path.Combine(work, "peer")),
    "library" => LibraryBenchmark.Run(roles: Arg(1, 2000), repeats: Arg(2, 3), work: Path.Combine(work, "library")),
    "curve" => LibraryBenchmark.Curve([200, 500, 1000, 2000], repeats: Arg(1, 3), work: Path.Combine(work, "curve")),
    "orgchart" => OrgChartBenchmark.Run(roles: Arg(1, 500), repeats: Arg(2, 20)),
    "journey" => JourneyBenchmark.Run(roles: Arg(1, 2000), stages: Arg(2, 60), repeats: Arg(3, 20), language: args.Length > 4 ? args[4] : "en"),
    "allocations" => AllocationBenchmark.Run(roles: Arg(1, 2000), top: Arg(2, 30), work: Path.Combine(work, "allocations")),
    "read" => ReadBenchmark.Run(tasks: Arg(1, 50_000), repeats: Arg(2, 5), work: Path.Combine(work, "read")),
    "micro" => RunMicro(args.Skip(1).ToArray()),
    "workbook" => WriteWorkbook(roles: Arg(1, 2000), path: args.Length > 2 ? args[2] : Path.Combine(work, "registers.xlsx"), stages: Arg(3, 0)),
    _ => Usage(),
};

static int RunMicro(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(PeerBenchmark).Assembly).Run(rest);
    return 0;
}

// The synthetic workbook the library benchmark uses, for measuring the real CLI as a whole process; with a journey of
// that many stages when stages > 0.
static int WriteWorkbook(int roles, string path, int stages)
{
    var registers = OfficeInfra.Testing.SyntheticOrganisation.Create(roles, roles * 12, roles / 5, departments: 9, seed: 7);
    OfficeInfra.Registers.Writing.RegisterWorkbookWriter.Write(path, stages > 0 ? OfficeInfra.Testing.SyntheticJourney.Add(registers, stages) : registers);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: OfficeInfra.Bench peer [roles] | library [roles] [repeats] | curve [repeats] | orgchart [roles] [repeats] | allocations [roles] [top] | read [tasks] [repeats] | journey [roles] [stages] [repeats] [language] | workbook [roles] [path] [journey stages] | micro [BenchmarkDotNet args]");
    return 2;
}
