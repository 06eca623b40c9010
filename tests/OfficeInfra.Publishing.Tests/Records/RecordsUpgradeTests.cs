using System.Text.Json.Nodes;
using OfficeInfra.Documents;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Delegation;
using OfficeInfra.Documents.Journey;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Documents.Word;
using OfficeInfra.Publishing.Local;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Publishing.Tests.Records;

/// <summary>
/// Issue 19: a library written before the records kept what a job description covers for others, its manager's holder
/// and the organisation's name (and before an SOP kept its related procedures, a deck who covers a vacancy) reads no
/// spurious history when generated again: every document keeps its version, history and bytes; the records are
/// rewritten once with the facts kept now, so that the next change is named in words.
/// </summary>
public sealed class RecordsUpgradeTests : IDisposable
{
    private static readonly DateOnly First = new(2025, 1, 31), Later = new(2025, 3, 1), Latest = new(2025, 4, 1);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Written by main at 25051d2 (2026-12-06): <c>init --sample</c>, then <c>generate --as-of 2025-01-31</c>.</summary>
    // The organisation deck's content changed after 25051d2 (privacy10: who covers a vacancy, as its readers may see
    // it), so it is a new version against main's records; every other document must read as it did.
    private const string RootDeck = "Org Chart.pptx";

    private static LibraryRecords MainRecords() => LibraryRecords.Read(MainRecordsFile());

    private static byte[] MainRecordsFile()
    {
        using var stream = typeof(RecordsUpgradeTests).Assembly.GetManifestResourceStream("Fixtures/sample-records-25051d2.json")!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static LibraryPublisher Publisher(LibraryOptions options) => new([new WordDocumentGenerator(TemplateSet.Default()), new OrgChartGenerator(),
        new ServiceBlueprintGenerator(), new BusinessSystemsGenerator(registers => LibraryLayout.SopPaths(registers, options)),
        new DelegationReportGenerator()], options);

    [Fact]
    public void BuildDesired_SampleAgainAfterMainsRecords_EveryDocumentKeepsItsVersionHistoryAndBytes()
    {
        var records = MainRecords();
        var snapshot = new LibrarySnapshot([], [], [.. records.Documents.Select(d => d.ToControlRecord()).OfType<ControlRecord>()], records.LastIssued);

        var desired = Publisher(new LibraryOptions()).BuildDesired(RegisterRules.Checked(SampleOrganisation.Create()), Later, snapshot);

        desired.Documents.Should().HaveCount(records.Documents.Count);
        foreach (var document in desired.Documents.Where(d => d.Path != RootDeck))
        {
            var recorded = records.Documents.Single(d => d.Path == document.Path);
            document.Sha256.Should().Be(recorded.Sha256, $"{document.Path} reads as it did");
            document.Record!.Control!.Version.Should().Be(recorded.Version!.Value);
            document.Record.Control.History.Select(h => h.Change).Should().Equal(recorded.History!.Select(h => h.Change));
        }
        desired.Documents.Select(d => d.Record!.Facts!).Should().Contain(f => f.ContainsKey("#covers") && f.Keys.Any(k => k.StartsWith("covers:", StringComparison.Ordinal)),
            "the sample has work covered by others, which the records now keep");
    }

    [Fact]
    public async Task Publish_LibraryWithMainsRecords_RecordsRewrittenOnceNoDocumentChanges_ThenARenameIsNamed()
    {
        var options = new LibraryOptions();
        var target = new LocalLibraryTarget(_folder.Path);
        var sample = SampleOrganisation.Create();
        await Publisher(options).PublishAsync(sample, First, target);
        // The same documents, byte for byte, as main wrote them that day, under main's records (but for the root deck's
        // line: that deck shows what it may disclose differently since, so its line is today's).
        var today = JsonNode.Parse(File.ReadAllBytes(_folder["manifest.json"]))!;
        var main = JsonNode.Parse(MainRecordsFile())!;
        var lines = main["documents"]!.AsArray();
        var root = lines.Select((line, i) => (line, i)).Single(l => (string)l.line!["path"]! == RootDeck).i;
        lines[root] = today["documents"]!.AsArray().Single(l => (string)l!["path"]! == RootDeck)!.DeepClone();
        File.WriteAllText(_folder["manifest.json"], main.ToJsonString());
        var files = _folder.Contents().Where(f => f.Key != "manifest.json").ToList();

        var upgrade = await Publisher(options).PublishAsync(sample, Later, target);
        var again = await Publisher(options).PublishAsync(sample, Later, target);

        upgrade.Plan.RefreshRecords.Should().BeTrue();
        upgrade.Plan.Documents.Should().OnlyContain(d => d.Change == DocumentChange.Unchanged);
        _folder.Contents().Where(f => f.Key != "manifest.json").Should().Equal(files, "no document is rewritten");
        var upgraded = LibraryRecords.Read(File.ReadAllBytes(_folder["manifest.json"]));
        upgraded.Documents.Where(d => d.Path != RootDeck).Select(d => (d.Path, d.Version, d.Sha256))
            .Should().Equal(MainRecords().Documents.Where(d => d.Path != RootDeck).Select(d => (d.Path, d.Version, d.Sha256)));
        upgraded.Documents.Where(d => d.Kind == "job-description").Should().Contain(d => d.Model!.ContainsKey("#covers"), "the facts kept now are recorded");
        again.Plan.IsEmpty.Should().BeTrue("the records were brought up to date once");

        var renamed = await Publisher(options).PublishAsync(sample with { Organisation = "Fabrikam" }, Latest, target);

        renamed.Desired.Documents.Where(d => d.Kind is DocumentKind.JobDescription or DocumentKind.Sop or DocumentKind.OrgChart)
            .Select(d => (d.Path, d.Record!.Control!.History[0].Change))
            .Should().OnlyContain(d => d.Change == "Organisation renamed from Contoso Ltd to Fabrikam");
    }
}
