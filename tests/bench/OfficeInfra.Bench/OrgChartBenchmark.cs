using System.Diagnostics;
using System.Globalization;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Testing;

namespace OfficeInfra.Bench;

/// <summary>Issue 15: the organisation-wide deck (the largest org chart document), cold and warm, in-process.</summary>
public static class OrgChartBenchmark
{
    /// <summary>
    /// Times the first (cold) and then <paramref name="repeats"/> warm renders of the organisation deck, in wall-clock
    /// and in the process's CPU time: on a shared machine the wall clock measures the queue for a core, the CPU time
    /// what the work costs.
    /// </summary>
    public static int Run(int roles, int repeats)
    {
        var registers = RegisterRules.Checked(SyntheticOrganisation.Create(roles, roles * 4, roles / 10, departments: 9, seed: 3));
        var generator = new OrgChartGenerator();
        var process = Process.GetCurrentProcess();
        var (start, cpu) = (Stopwatch.GetTimestamp(), process.TotalProcessorTime);
        var bytes = generator.Generate(registers, new ControlBook(new DateOnly(2026, 12, 1))).First().Content.Length;
        process.Refresh();
        var (cold, coldCpu) = (Stopwatch.GetElapsedTime(start).TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds);
        var (times, cpuTimes) = (new List<double>(), new List<double>());
        for (var i = 0; i < repeats; i++)
        {
            process.Refresh();
            (start, cpu) = (Stopwatch.GetTimestamp(), process.TotalProcessorTime);
            _ = generator.Generate(registers, new ControlBook(new DateOnly(2026, 12, 1))).First();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            process.Refresh();
            cpuTimes.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
        }
        var warm = times.Count > 0 ? $"; warm {Figures.Of(times)}, CPU {Figures.Of(cpuTimes)}" : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Org chart, {roles} roles, organisation deck ({bytes / 1024} KiB): first in process {cold:0.0} ms (CPU {coldCpu:0.0} ms){warm}"));
        return 0;
    }
}
