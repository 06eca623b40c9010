using System.Diagnostics;
using System.Globalization;
using OfficeInfra.Documents;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Journey;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Testing;

namespace OfficeInfra.Bench;

/// <summary>
/// Issue 18: the journey's own two documents for a 2,000-role organisation with a 60-stage journey, in process: the
/// service blueprint (title slide and one slide per phase) and the business systems map, each timed first (cold) and
/// then warm, in the organisation's language.
/// </summary>
public static class JourneyBenchmark
{
    /// <summary>Times one cold and <paramref name="repeats"/> warm runs of each generator.</summary>
    public static int Run(int roles, int stages, int repeats, string language = "en")
    {
        var organisation = SyntheticJourney.Add(SyntheticOrganisation.Create(roles, roles * 12, roles / 5, departments: 9, seed: 7), stages);
        // Checked once, outside the measurements: the generators take only registers the rules passed.
        var registers = RegisterRules.Checked(organisation with { Settings = organisation.Settings with { Language = language } });
        Measure("service blueprint", new ServiceBlueprintGenerator(), registers, roles, stages, repeats);
        Measure("business systems map", new BusinessSystemsGenerator(), registers, roles, stages, repeats);
        return 0;
    }

    private static void Measure(string what, IDocumentSource source, CheckedRegisters registers, int roles, int stages, int repeats)
    {
        var asOf = new DateOnly(2026, 12, 1);
        var start = Stopwatch.GetTimestamp();
        var bytes = source.Generate(registers, new ControlBook(asOf)).Single().Content.Length;
        var cold = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var times = new List<double>(repeats);
        for (var i = 0; i < repeats; i++)
        {
            start = Stopwatch.GetTimestamp();
            _ = source.Generate(registers, new ControlBook(asOf)).Single();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}, {roles} roles, {stages}-stage journey ({bytes / 1024} KiB): first in process {cold:0.0} ms; warm {Figures.Of(times)}"));
    }
}
