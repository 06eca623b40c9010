using System.Diagnostics;
using System.Globalization;
using OfficeInfra.Documents;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Documents.Word;
using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Library;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Testing;

namespace OfficeInfra.Bench;

/// <summary>
/// Issue 8, item 2: the whole run on a synthetic workbook of <c>roles</c> roles (12 tasks each, one process per five
/// roles, nine departments): read, validate, generate every document and deck, write the library to disk.
/// Run once per size in its own process so peak memory belongs to that size alone.
/// </summary>
public static class LibraryBenchmark
{
    /// <summary>Runs <paramref name="repeats"/> whole runs and prints the median, range, ms/document and peak memory.</summary>
    public static int Run(int roles, int repeats, string work)
    {
        Directory.CreateDirectory(work);
        var workbook = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"registers-{roles}.xlsx"));
        RegisterWorkbookWriter.Write(workbook, SyntheticOrganisation.Create(roles, roles * 12, roles / 5, departments: 9, seed: 7));

        var times = new List<double>();
        var documents = 0;
        for (var run = 0; run < repeats; run++)
        {
            var library = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"library-{roles}-{run}"));
            if (Directory.Exists(library)) Directory.Delete(library, recursive: true);
            var start = Stopwatch.GetTimestamp();
            documents = RunOnce(workbook, library);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var f = Figures.Of(times);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Whole library, {roles} roles / {roles * 12} tasks / {roles / 5} processes: {f}; {documents} documents, {f.Median / documents:0.000} ms/doc; peak working set {peak:0} MiB"));
        return 0;
    }

    /// <summary>One run as the CLI's <c>generate</c> does it; returns how many documents were written.</summary>
    public static int RunOnce(string workbook, string library)
    {
        var registers = XlsxRegisterReader.Read(workbook);
        var findings = RegisterRules.Check(registers);
        if (RegisterRules.HasErrors(findings)) throw new InvalidOperationException("The synthetic workbook has errors.");
        IDocumentSource[] sources = [new WordDocumentGenerator(TemplateSet.Default()), new OrgChartGenerator()];
        var publisher = new LibraryPublisher(sources, new LibraryOptions());
        var result = publisher.PublishAsync(registers, new DateOnly(2026, 12, 1), new LocalLibraryTarget(library))
            .GetAwaiter().GetResult();
        return result.Desired.Documents.Count;
    }
}
