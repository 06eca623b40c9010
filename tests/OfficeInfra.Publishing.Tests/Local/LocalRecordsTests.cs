using OfficeInfra.Publishing.Local;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Publishing.Tests.Support;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Publishing.Tests.Local;

/// <summary>The local library mirrors SharePoint's columns and retention labels in its records (issue 21).</summary>
public sealed class LocalRecordsTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);
    private readonly TempFolder _folder = new();

    private static LibraryPublisher Publisher(string sopLabel) => new([new FakeDocumentSource()], new LibraryOptions
    {
        RetentionLabelsByType = new Dictionary<string, string> { ["sop"] = sopLabel },
        RetentionLabelsByDepartment = new Dictionary<RegisterName, string> { ["Accounting "] = "Accounting – 10 years" },
    });

    [Fact]
    public async Task Publish_Sample_EachRecordHoldsItsColumnsAndLabelAndALabelChangeRewritesOnlyTheRecords()
    {
        var registers = SampleOrganisation.Create();
        var target = new LocalLibraryTarget(_folder.Path);
        var first = await Publisher("Quality – 3 years").PublishAsync(registers, AsOf, target);
        var records = LibraryRecords.Read(File.ReadAllBytes(_folder["manifest.json"])).ByPath();
        var bytes = first.Desired.Documents.ToDictionary(d => d.Path, d => File.ReadAllBytes(_folder[d.Path]));

        var second = await Publisher("Quality – 5 years").PublishAsync(registers, AsOf, target);

        foreach (var document in first.Desired.Documents)
        {
            var line = records[document.Path];
            line.Fields.Should().BeEquivalentTo(document.Fields, document.Path);
            line.Fields!["DocumentType"].Should().Be(LibraryColumns.TypeName(document.Kind));
            line.RetentionLabel.Should().Be(document.Department == "Accounting" ? "Accounting – 10 years"
                : document.Kind == Documents.DocumentKind.Sop ? "Quality – 3 years" : null, document.Path);
        }
        second.Plan.Documents.Where(d => d.Change == DocumentChange.Metadata).Select(d => d.Path).Should().BeEquivalentTo(
            first.Desired.Documents.Where(d => d.Kind == Documents.DocumentKind.Sop && d.Department != "Accounting").Select(d => d.Path));
        second.Plan.Documents.Should().OnlyContain(d => d.Change == DocumentChange.Metadata || d.Change == DocumentChange.Unchanged);
        first.Desired.Documents.Should().OnlyContain(d => File.ReadAllBytes(_folder[d.Path]).SequenceEqual(bytes[d.Path]), "a label changes no document");
        LibraryRecords.Read(File.ReadAllBytes(_folder["manifest.json"])).Documents.Where(d => d.Kind == "sop" && d.Department != "Accounting")
            .Should().OnlyContain(d => d.RetentionLabel == "Quality – 5 years");
    }

    [Fact]
    public async Task Publish_RecordsRegister_ItsLabelsReplaceTheConfiguredOnesKeyByKey()
    {
        var registers = SampleOrganisation.Create() with
        {
            Records =
            [
                new RecordsEntry("HR – 7 years after superseded", 2) { DocumentType = "Job Description" },
                new RecordsEntry("Finance – 12 years", 3) { Department = "accounting" },
            ],
        };

        var result = await Publisher("Quality – 3 years").PublishAsync(registers, AsOf, new LocalLibraryTarget(_folder.Path));

        var records = LibraryRecords.Read(File.ReadAllBytes(_folder["manifest.json"])).ByPath();
        foreach (var document in result.Desired.Documents)
        {
            var expected = document.Department == "Accounting" ? "Finance – 12 years"
                : document.Kind == Documents.DocumentKind.JobDescription ? "HR – 7 years after superseded"
                : document.Kind == Documents.DocumentKind.Sop ? "Quality – 3 years" : null;
            records[document.Path].RetentionLabel.Should().Be(expected, document.Path);
        }
        result.Desired.Documents.Should().Contain(d => d.Kind == Documents.DocumentKind.Sop && d.Department != "Accounting", "the configured SOP label still applies");
    }

    [Fact]
    public async Task Publish_FolderLabels_TheManifestKeepsThemPerDepartmentAndASecondRunPlansNothing()
    {
        var publisher = new LibraryPublisher([new FakeDocumentSource()], new LibraryOptions
        {
            RetentionLabelsByType = new Dictionary<string, string> { ["records"] = "Process records" },
            RetentionLabelsByDepartment = new Dictionary<RegisterName, string> { ["Accounting"] = "Finance" },
        });
        var target = new LocalLibraryTarget(_folder.Path);

        var first = await publisher.PublishAsync(SampleOrganisation.Create(), AsOf, target);
        var again = await publisher.PlanAsync(SampleOrganisation.Create(), AsOf, target);

        var folders = LibraryRecords.Read(File.ReadAllBytes(_folder["manifest.json"])).Folders;
        foreach (var folder in first.Desired.Folders)
        {
            var expected = (folder.ProcessRecords ?? []).ToDictionary(p => p, _ => "Process records");
            if (folder.Department == "Accounting")
            {
                expected[folder.Path] = "Finance";
            }
            (folders.Single(f => f.Path == folder.Path).Labels ?? new Dictionary<string, string>()).Should().BeEquivalentTo(expected, folder.Path);
        }
        first.Plan.FolderLabels.Should().HaveCount(1 + first.Desired.Folders.Sum(f => f.ProcessRecords!.Count));
        again.Plan.IsEmpty.Should().BeTrue();
        var planned = FilePlanCsv.Labels(first.Desired).Single(l => l.Name == "Process records");
        (planned.Documents, planned.Folders).Should().Be((0, first.Desired.Folders.Sum(f => f.ProcessRecords!.Count)), "the file plan lists folder-only labels too");
    }

    public void Dispose() => _folder.Dispose();
}
