using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace OfficeInfra.Bench;

/// <summary>
/// Issue 8, item 1: the same 1,000 job descriptions filled by OfficeInfra's engine, by docxtemplater, and by the
/// floor (only writing the zip), each document written to disk; prints ms/doc median and range, and the ratios.
/// </summary>
public static class PeerBenchmark
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    /// <summary>Runs every contender and prints the figures.</summary>
    public static int Run(int roles, string work)
    {
        var data = PeerRole.Generate(roles, tasksPerRole: 12);
        Directory.CreateDirectory(work);
        var results = new Dictionary<string, Figures>();

        var floor = new FloorContender(PeerTemplate.Build(TemplateDialect.Docxtemplater));
        var prebuilt = data.Select(floor.Prebuild).ToArray();
        results["floor (zip only)"] = Time("floor", data.Count, work, (i, s) => floor.Write(prebuilt[i], s));

        var engine = new EngineContender(PeerTemplate.Build(TemplateDialect.Handlebars));
        results["OfficeInfra"] = Time("officeinfra", data.Count, work, (i, s) => engine.Write(data[i], s));
        Check(Path.Combine(work, "officeinfra"), data);

        var peer = RunDocxtemplater(data, work);
        if (peer is not null) results["docxtemplater 3.71"] = peer;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Job descriptions: {roles} roles x 12 tasks, ms per document written to disk ({Environment.ProcessorCount} cores, {Environment.OSVersion})"));
        foreach (var (name, f) in results) Console.WriteLine($"  {name,-20} {f}");
        var ours = results["OfficeInfra"].Median;
        if (peer is not null)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  docxtemplater / OfficeInfra = {peer.Median / ours:0.0}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  OfficeInfra / floor = {ours / results["floor (zip only)"].Median:0.00}x"));
        return 0;
    }

    private static Figures Time(string name, int count, string work, Action<int, Stream> write)
    {
        var dir = Path.Combine(work, name);
        Directory.CreateDirectory(dir);
        for (var i = 0; i < Math.Min(20, count); i++) write(i, Stream.Null);  // warm up the JIT
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using (var file = File.Create(Path.Combine(dir, i.ToString(CultureInfo.InvariantCulture) + ".docx")))
                write(i, file);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        return Figures.Of(times);
    }

    private static void Check(string dir, IReadOnlyList<PeerRole> data)
    {
        var validator = new OpenXmlValidator();
        for (var i = 0; i < data.Count; i += Math.Max(1, data.Count / 20))
        {
            using var doc = WordprocessingDocument.Open(Path.Combine(dir, i.ToString(CultureInfo.InvariantCulture) + ".docx"), false);
            var errors = validator.Validate(doc).ToList();
            var text = doc.MainDocumentPart!.Document.Body!.InnerText;
            if (errors.Count > 0 || !text.Contains(data[i].Title, StringComparison.Ordinal)
                || !text.Contains(data[i].Tasks[^1].Task, StringComparison.Ordinal))
                throw new InvalidOperationException($"OfficeInfra's document {i} is wrong: {errors.Count} validation errors ({string.Join("; ", errors.Take(3).Select(e => e.Description + " at " + e.Path?.XPath))}); text: {text[..Math.Min(200, text.Length)]}");
        }
    }

    private static Figures? RunDocxtemplater(IReadOnlyList<PeerRole> data, string work)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "docxtemplater", "bench.mjs");
        var templatePath = Path.Combine(work, "docxtemplater-template.docx");
        File.WriteAllBytes(templatePath, PeerTemplate.Build(TemplateDialect.Docxtemplater));
        var dataPath = Path.Combine(work, "data.json");
        File.WriteAllText(dataPath, JsonSerializer.Serialize(data, WebJson));
        var benchDir = Environment.GetEnvironmentVariable("OFFICEINFRA_DOCXTEMPLATER_DIR");
        if (benchDir is null || !File.Exists(Path.Combine(benchDir, "bench.mjs")))
        {
            Console.WriteLine($"  (docxtemplater skipped: set OFFICEINFRA_DOCXTEMPLATER_DIR to tests/bench/docxtemplater after npm ci; looked for {script})");
            return null;
        }
        var psi = new ProcessStartInfo("node", [Path.Combine(benchDir, "bench.mjs"), templatePath, dataPath, Path.Combine(work, "docxtemplater")])
        { RedirectStandardOutput = true, WorkingDirectory = benchDir };
        using var node = Process.Start(psi)!;
        var output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        var times = JsonDocument.Parse(output).RootElement.GetProperty("times").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        return Figures.Of(times);
    }
}
