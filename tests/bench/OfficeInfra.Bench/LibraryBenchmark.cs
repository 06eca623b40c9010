using System.Diagnostics;
using System.Globalization;
using OfficeInfra.Documents;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Documents.Word;
using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Local;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Testing;

namespace OfficeInfra.Bench;

/// <summary>
/// Issue 8, item 2: the whole run on a synthetic workbook of <c>roles</c> roles (12 tasks each, one process per five
/// roles, nine departments): read, validate, generate every document and deck, write the library to disk.
/// Run once per size in its own process so peak memory belongs to that size alone. The first run pays for JIT and
/// template compilation and is reported on its own; the warm runs are timed by stage so that what dominates shows.
/// </summary>
public static class LibraryBenchmark
{
    private static readonly string[] Stages = ["read", "validate", "generate", "write"];

    /// <summary>Runs one cold and <paramref name="repeats"/> warm whole runs; prints medians, ms/document, stages and peak memory.</summary>
    public static int Run(int roles, int repeats, string work)
    {
        Directory.CreateDirectory(work);
        var workbook = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"registers-{roles}.xlsx"));
        RegisterWorkbookWriter.Write(workbook, SyntheticOrganisation.Create(roles, roles * 12, roles / 5, departments: 9, seed: 7));

        var cold = RunOnce(workbook, Fresh(work, roles, "cold"));
        var runs = Enumerable.Range(0, repeats).Select(run => RunOnce(workbook, Fresh(work, roles, run.ToString(CultureInfo.InvariantCulture)))).ToList();

        var documents = cold.Documents;
        var total = Figures.Of(runs.Select(r => r.Stages.Sum()).ToList());
        string StagesOf(Func<int, double> ms) => string.Join(", ", Stages.Select((name, i) => string.Create(CultureInfo.InvariantCulture, $"{name} {ms(i):0} ms")));
        var stages = StagesOf(i => Figures.Of(runs.Select(r => r.Stages[i]).ToList()).Median);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Whole library, {roles} roles / {roles * 12} tasks / {roles / 5} processes, {documents} documents: first run {cold.Stages.Sum():0} ms ({StagesOf(i => cold.Stages[i])}); warm {total}, {total.Median / documents:0.000} ms/doc ({stages}); peak working set {peak:0} MiB"));
        return 0;
    }

    /// <summary>
    /// The per-document curve in one warm process: for each size the median whole run, ms per document, and the
    /// marginal ms per document from the previous size, which leaves out what every run pays once (compiling the
    /// templates, the nine department decks, start-up of each stage).
    /// </summary>
    public static int Curve(IReadOnlyList<int> sizes, int repeats, string work)
    {
        Directory.CreateDirectory(work);
        var previous = (Documents: 0, Ms: 0.0);
        foreach (var roles in sizes)
        {
            var workbook = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"registers-{roles}.xlsx"));
            RegisterWorkbookWriter.Write(workbook, SyntheticOrganisation.Create(roles, roles * 12, roles / 5, departments: 9, seed: 7));
            _ = RunOnce(workbook, Fresh(work, roles, "warm-up"));
            var runs = Enumerable.Range(0, repeats).Select(run => RunOnce(workbook, Fresh(work, roles, run.ToString(CultureInfo.InvariantCulture)))).ToList();
            var median = Figures.Of(runs.Select(r => r.Stages.Sum()).ToList()).Median;
            var documents = runs[0].Documents;
            var marginal = previous.Documents == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
                $", marginal {(median - previous.Ms) / (documents - previous.Documents):0.000} ms/doc from {previous.Documents} documents");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Curve: {roles} roles, {documents} documents: warm median {median:0} ms, {median / documents:0.000} ms/doc{marginal}"));
            previous = (documents, median);
        }
        return 0;
    }

    private static string Fresh(string work, int roles, string run)
    {
        var library = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"library-{roles}-{run}"));
        if (Directory.Exists(library)) Directory.Delete(library, recursive: true);
        return library;
    }

    /// <summary>One run as the CLI's <c>generate</c> does it, timed by stage.</summary>
    public static (int Documents, double[] Stages) RunOnce(string workbook, string library)
    {
        var stages = new double[Stages.Length];
        var start = Stopwatch.GetTimestamp();
        double Lap()
        {
            var now = Stopwatch.GetTimestamp();
            var ms = Stopwatch.GetElapsedTime(start, now).TotalMilliseconds;
            start = now;
            return ms;
        }
        var registers = XlsxRegisterReader.Read(workbook);
        stages[0] = Lap();
        var checkedRegisters = RegisterRules.Judge(registers).Checked ?? throw new InvalidOperationException("The synthetic workbook has errors.");
        stages[1] = Lap();
        IDocumentSource[] sources = [new WordDocumentGenerator(TemplateSet.Default()), new OrgChartGenerator()];
        var options = new LibraryOptions();
        var desired = new LibraryPublisher(sources, options).BuildDesired(checkedRegisters, new DateOnly(2026, 12, 1));
        stages[2] = Lap();
        var target = new LocalLibraryTarget(library);
        var plan = LibraryPlanner.Plan(desired, target.ReadAsync().GetAwaiter().GetResult(), options);
        target.ApplyAsync(plan, desired).GetAwaiter().GetResult();
        stages[3] = Lap();
        return (desired.Documents.Count, stages);
    }
}
