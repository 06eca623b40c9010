using OfficeInfra.Documents;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Delegation;
using OfficeInfra.Documents.Journey;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Documents.Word;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Registers.Sample;

namespace OfficeInfra.Publishing.Tests.Records;

/// <summary>
/// Issue 19: a library written before the records kept what a job description covers for others, its manager's holder
/// and the organisation's name (and before an SOP kept its related procedures, a deck who covers a vacancy) reads no
/// spurious history when generated again: every document keeps its version, history and bytes.
/// </summary>
public sealed class RecordsUpgradeTests
{
    private static readonly DateOnly Later = new(2025, 3, 1);

    /// <summary>Written by main at 25051d2 (2026-12-06): <c>init --sample</c>, then <c>generate --as-of 2025-01-31</c>.</summary>
    private static LibraryRecords MainRecords()
    {
        using var stream = typeof(RecordsUpgradeTests).Assembly.GetManifestResourceStream("Fixtures/sample-records-25051d2.json")!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return LibraryRecords.Read(bytes.ToArray());
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
        foreach (var document in desired.Documents)
        {
            var recorded = records.Documents.Single(d => d.Path == document.Path);
            document.Sha256.Should().Be(recorded.Sha256, $"{document.Path} reads as it did");
            document.Record!.Control!.Version.Should().Be(recorded.Version!.Value);
            document.Record.Control.History.Select(h => h.Change).Should().Equal(recorded.History!.Select(h => h.Change));
        }
        desired.Documents.Select(d => d.Record!.Facts!).Should().Contain(f => f.ContainsKey("#covers") && f.Keys.Any(k => k.StartsWith("covers:", StringComparison.Ordinal)),
            "the sample has work covered by others, which the records now keep");
    }
}
