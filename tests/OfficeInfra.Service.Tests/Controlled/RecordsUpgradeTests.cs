using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Model;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Controlled;

/// <summary>
/// Issue 19: a library whose records hold each document's model as a plain JSON object (as every version wrote them
/// before 2026-12-06; <c>PackedFactsTests</c> reads such a file main wrote) upgrades in place: no document, version or
/// history row changes, and the next change reads exactly as it would have.
/// </summary>
public sealed class RecordsUpgradeTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RegisterSet _registers = SyntheticOrganisation.Create(roles: 36, tasks: 120, processes: 12);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Generate_RecordsWithPlainModels_ChangesNoDocumentVersionOrHistory()
    {
        var library = new ControlledLibrary(_folder.File("lib"));
        await library.GenerateAsync(_registers, "2025-01-31");
        var files = library.Files();
        var packed = library.Records();
        WritePlainModels(library);

        var second = await library.GenerateAsync(_registers, "2025-03-01");

        second.Plan.Documents.Should().OnlyContain(d => d.Change == DocumentChange.Unchanged);
        ControlledLibrary.Changed(files, library.Files()).Should().BeEmpty();
        var records = library.Records();
        records.Keys.Should().BeEquivalentTo(packed.Keys);
        foreach (var (path, line) in records)
        {
            JsonNode.DeepEquals(Facts(line), Facts(packed[path])).Should().BeTrue("{0} keeps its facts", path);
            line.Remove("model");
            packed[path].Remove("model");
            JsonNode.DeepEquals(line, packed[path]).Should().BeTrue("{0} keeps its ID, version, dates and history", path);
        }
    }

    [Fact]
    public async Task Generate_TaskAddedAfterUpgrade_HistoryReadsAsWithoutTheUpgrade()
    {
        var upgraded = new ControlledLibrary(_folder.File("upgraded"));
        var packedAll = new ControlledLibrary(_folder.File("packed"));
        await upgraded.GenerateAsync(_registers, "2025-01-31");
        await packedAll.GenerateAsync(_registers, "2025-01-31");
        WritePlainModels(upgraded);
        var process = _registers.Processes[2];
        var role = _registers.Roles.First(r => r.Department == process.Department);
        var added = new TaskItem("T-9001", "Book the courier collection", process.Department, role.Title, process.Name, "99", "Weekly");
        var changed = _registers with { Tasks = [.. _registers.Tasks, added] };

        await upgraded.GenerateAsync(changed, "2025-03-01");
        await packedAll.GenerateAsync(changed, "2025-03-01");

        var histories = Histories(upgraded);
        histories.Should().Equal(Histories(packedAll));
        histories.Values.Count(h => h.StartsWith("2 2025-03-01 Task 'Book the courier collection' added", StringComparison.Ordinal))
            .Should().Be(2, "the role's job description and the process's SOP name the task");
        ControlledLibrary.Changed(packedAll.Files(), upgraded.Files()).Should().BeEmpty();
        upgraded.Records().Values.Should().OnlyContain(r => r["model"]!.GetValueKind() == JsonValueKind.String, "a run that writes packs the records");
    }

    private static Dictionary<string, string> Histories(ControlledLibrary library) => library.Records().ToDictionary(r => r.Key,
        r => string.Join(" | ", ((JsonArray)r.Value["history"]!).Select(h => $"{h!["version"]} {h["date"]} {h["change"]}")));

    // A document line's facts, packed or plain.
    private static JsonNode Facts(JsonObject line)
    {
        if (line["model"]!.GetValueKind() == JsonValueKind.Object)
        {
            return line["model"]!.DeepClone();
        }
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String((string)line["model"]!)), CompressionMode.Decompress);
        return JsonNode.Parse(gzip)!;
    }

    // Rewrites the library's records as earlier versions wrote them: each document's model a JSON object of its facts.
    private static void WritePlainModels(ControlledLibrary library)
    {
        var manifest = library.Manifest();
        foreach (var line in ((JsonArray)manifest["documents"]!).Select(d => d!))
        {
            line["model"] = Facts((JsonObject)line);
        }
        File.WriteAllText(Path.Combine(library.Root, LibraryLayout.ManifestName), manifest.ToJsonString(new() { WriteIndented = true }));
    }
}
