using System.Diagnostics;
using System.Globalization;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Testing;

namespace OfficeInfra.Bench;

/// <summary>Issue 8, item 3: the organisation-wide deck for a 500-role organisation, warm, in-process.</summary>
public static class OrgChartBenchmark
{
    /// <summary>Times the first (cold) and then <paramref name="repeats"/> warm renders of the whole-organisation deck.</summary>
    public static int Run(int roles, int repeats)
    {
        var registers = SyntheticOrganisation.Create(roles, roles * 4, roles / 10, departments: 9, seed: 3);
        var generator = new OrgChartGenerator();
        var start = Stopwatch.GetTimestamp();
        var bytes = generator.Generate(registers, new DateOnly(2026, 12, 1)).First().Content.Length;
        var cold = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var times = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            start = Stopwatch.GetTimestamp();
            _ = generator.Generate(registers, new DateOnly(2026, 12, 1)).First();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        var warm = times.Count > 0 ? "; warm " + Figures.Of(times) : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Org chart, {roles} roles, organisation deck ({bytes / 1024} KiB): first in process {cold:0.0} ms{warm}"));
        return 0;
    }
}
