using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Publishing.Tests.Support;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>Retention labels on department folders and on the processes' records folders (issue 21), against the fake.</summary>
public sealed class SharePointFolderLabelTests
{
    private const string Finance = "Finance - 10 years", FinanceLonger = "Finance - 12 years", ProcessRecords = "Process records - 6 years";
    // One date throughout: the stand-in documents print it, so another date would change them all.
    private static readonly DateOnly First = new(2026, 1, 31);

    private static LibraryPublisher Publisher(string accounting) => new([new FakeDocumentSource()], new LibraryOptions
    {
        RetentionLabelsByType = new Dictionary<string, string> { ["records"] = ProcessRecords },
        RetentionLabelsByDepartment = new Dictionary<RegisterName, string> { ["Accounting"] = accounting },
    });

    private static int LabelWrites(FakeSharePoint sp) => sp.Server.Requests.Count(r => r.Method == "PATCH" && r.Path.EndsWith("/retentionLabel", StringComparison.Ordinal));

    [Fact]
    public async Task PublishAsync_FolderLabels_AppliedOnceTaggingWhatTheFolderHoldsExceptItemsWithTheirOwn()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        sp.Server.Library.RetentionLabels.UnionWith([Finance, FinanceLonger, ProcessRecords]);
        var registers = SampleOrganisation.Create();

        var first = await Publisher(Finance).PublishAsync(registers, First, sp.Target());

        var accounting = first.Desired.Folders.Single(f => f.Department == "Accounting");
        var folder = sp.Server.Library.ByPath(accounting.Path)!;
        (folder.RetentionLabel, folder.RetentionLabelExplicit).Should().Be((Finance, true));
        var recordsFolders = first.Desired.Folders.SelectMany(f => f.ProcessRecords ?? []).ToList();
        recordsFolders.Should().NotBeEmpty().And.OnlyContain(p => sp.Server.Library.ByPath(p)!.RetentionLabel == ProcessRecords);
        sp.Server.Library.ByPath(first.Desired.Folders.First(f => f.Department != "Accounting" && f.ProcessRecords!.Count > 0).Path)!
            .RetentionLabel.Should().BeNull("only Accounting has a department label");

        // Unchanged: not one label is written again.
        sp.Server.ClearRequests();
        var again = await Publisher(Finance).PublishAsync(registers, First, sp.Target());
        again.Plan.IsEmpty.Should().BeTrue();
        LabelWrites(sp).Should().Be(0);

        // A file someone keeps in the department folder is tagged when the folder's label changes; the records
        // folders keep the label given to them, as items labelled explicitly do.
        sp.Server.Library.WriteFile($"{accounting.Path}/Audit notes.txt", "kept by hand"u8.ToArray());
        var relabelled = await Publisher(FinanceLonger).PublishAsync(registers, First, sp.Target());

        relabelled.Plan.FolderLabels.Should().ContainSingle().Which.Should().Be(new PlannedFolderLabel(accounting.Path, FinanceLonger));
        var notes = sp.Server.Library.ByPath($"{accounting.Path}/Audit notes.txt")!;
        (notes.RetentionLabel, notes.RetentionLabelExplicit).Should().Be((FinanceLonger, false));
        accounting.ProcessRecords.Should().OnlyContain(p => sp.Server.Library.ByPath(p)!.RetentionLabel == ProcessRecords);
        var records = LibraryRecords.Read(sp.Server.Library.Files()[LibraryRecords.FileName]);
        records.FolderLabels().Should().Contain(accounting.Path, FinanceLonger);
    }

    [Fact]
    public async Task PublishAsync_FolderLabelTheTenantLacks_ClearErrorTheRestPublishedAndLabelledOnceCreated()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        sp.Server.Library.RetentionLabels.Add(ProcessRecords);
        var registers = SampleOrganisation.Create();

        var act = () => Publisher(Finance).PublishAsync(registers, First, sp.Target());

        (await act.Should().ThrowAsync<OfficeInfraException>()).Which.Message.Should().Contain($"no retention label '{Finance}'");
        var desired = Publisher(Finance).BuildDesired(registers, First);
        desired.Documents.Should().OnlyContain(d => sp.Server.Library.ByPath(d.Path) != null, "the rest is published");
        desired.Folders.SelectMany(f => f.ProcessRecords ?? []).Should().OnlyContain(p => sp.Server.Library.ByPath(p)!.RetentionLabel == ProcessRecords);

        sp.Server.Library.RetentionLabels.Add(Finance);
        await Publisher(Finance).PublishAsync(registers, First, sp.Target());
        sp.Server.Library.ByPath(desired.Folders.Single(f => f.Department == "Accounting").Path)!.RetentionLabel.Should().Be(Finance);
    }
}
