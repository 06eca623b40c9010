using OfficeInfra.Documents.Word;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Publishing.Tests.Support;
using OfficeInfra.Registers.Sample;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>The library's records on SharePoint: the same controlled-document records as the local target, kept to the owners.</summary>
public sealed class SharePointRecordsTests
{
    private static LibraryPublisher Publisher(bool overwriteEdited = false) =>
        new([new WordDocumentGenerator(TemplateSet.Default())], new LibraryOptions { OverwriteEdited = overwriteEdited });

    private static LibraryRecords Records(FakeSharePoint sp) => LibraryRecords.Read(sp.Server.Library.Files()[LibraryRecords.FileName]);

    [Fact]
    public async Task PublishAsync_UnchangedRegistersOnALaterDay_NoWriteRequestAndVersionsKept()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var registers = SampleOrganisation.Create();
        await Publisher().PublishAsync(registers, new DateOnly(2026, 1, 31), sp.Target());
        var first = Records(sp);
        sp.Server.ClearRequests();

        var second = await Publisher().PublishAsync(registers, new DateOnly(2026, 3, 1), sp.Target());

        second.Plan.IsEmpty.Should().BeTrue();
        sp.Server.Requests.Where(r => r.Method != "GET").Should().BeEmpty();
        first.Documents.Should().OnlyContain(d => d.Version == 1 && d.Id != null && d.EffectiveDate == "2026-01-31" && d.CTag != null);
        first.LastIssued.Should().NotBeNull();
        Records(sp).Documents.Should().BeEquivalentTo(first.Documents);
    }

    [Fact]
    public async Task PublishAsync_TaskRenamed_AffectedDocumentsAtVersionTwoWithTheChangeInTheirHistory()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var registers = SampleOrganisation.Create();
        await Publisher().PublishAsync(registers, new DateOnly(2026, 1, 31), sp.Target());
        var ids = Records(sp).Documents.ToDictionary(d => d.Path, d => d.Id);
        var task = registers.Tasks.First(t => t.Role is not null);
        var changed = registers with { Tasks = registers.Tasks.Select(t => t == task ? t with { Task = t.Task + " (revised)" } : t).ToList() };

        var result = await Publisher().PublishAsync(changed, new DateOnly(2026, 3, 1), sp.Target());

        var rewritten = result.Plan.Documents.Where(d => d.Change == DocumentChange.Changed).Select(d => d.Path).ToList();
        rewritten.Should().NotBeEmpty();
        var records = Records(sp);
        foreach (var line in records.Documents)
        {
            line.Id.Should().Be(ids[line.Path], "an ID is given once and kept");
            if (rewritten.Contains(line.Path))
            {
                line.Version.Should().Be(2, line.Path);
                line.EffectiveDate.Should().Be("2026-03-01");
                line.History![0].Change.Should().Contain("revised", line.Path);
            }
            else
            {
                line.Version.Should().Be(1, line.Path);
            }
        }
    }

    [Fact]
    public async Task PublishAsync_JobDescriptionEditedInTheLibrary_ReportedEditedKeptAndItsRecordKept()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var registers = SampleOrganisation.Create();
        var first = await Publisher().PublishAsync(registers, new DateOnly(2026, 1, 31), sp.Target());
        var path = first.Desired.Documents.First(d => d.Path.Contains("/Job Descriptions/", StringComparison.Ordinal)).Path;
        var line = Records(sp).ByPath()[path];
        byte[] edited = [.. sp.Server.Library.Files()[path], 0];
        sp.Server.Library.WriteFile(path, edited);
        sp.Server.ClearRequests();

        var second = await Publisher().PublishAsync(registers, new DateOnly(2026, 3, 1), sp.Target());
        var overwritten = await Publisher(overwriteEdited: true).PublishAsync(registers, new DateOnly(2026, 3, 1), sp.Target());

        second.Plan.Documents.Single(d => d.Path == path).Change.Should().Be(DocumentChange.Edited);
        second.Plan.Documents.Where(d => d.Path != path).Should().OnlyContain(d => d.Change == DocumentChange.Unchanged);
        overwritten.Plan.Documents.Single(d => d.Path == path).Change.Should().Be(DocumentChange.Overwrite);
        sp.Server.Library.Files()[path].Should().Equal(first.Desired.Documents.Single(d => d.Path == path).Content);
        Records(sp).ByPath()[path].Should().BeEquivalentTo(line, o => o.Excluding(l => l.CTag));
    }

    [Fact]
    public async Task PublishAsync_AnyLibrary_RecordsReadableByTheSiteOwnersOnly()
    {
        await using var sp = await FakeSharePoint.StartAsync();

        await Publisher().PublishAsync(SampleOrganisation.Create(), new DateOnly(2026, 1, 31), sp.Target());

        var readers = sp.Server.Library.FileReaders().Single(f => f.Path == LibraryRecords.FileName).Readers;
        readers.Should().ContainSingle().Which.Should().Be(sp.Server.Library.Owners);
    }

    [Fact]
    public async Task PublishAsync_RecordsLeftReadableByAnEarlierVersion_LockedEvenWhenNothingElseChanges()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var registers = SampleOrganisation.Create();
        await Publisher().PublishAsync(registers, new DateOnly(2026, 1, 31), sp.Target());
        // As earlier versions left it: the records inherit the site's permissions (Visitors read the library root).
        sp.Server.Library.InheritPermissions(LibraryRecords.FileName);

        var result = await Publisher().PublishAsync(registers, new DateOnly(2026, 3, 1), sp.Target());

        result.Plan.SecureRecords.Should().BeTrue();
        result.Plan.Documents.Should().OnlyContain(d => d.Change == DocumentChange.Unchanged);
        sp.Server.Library.FileReaders().Single(f => f.Path == LibraryRecords.FileName).Readers.Should().Equal(sp.Server.Library.Owners);
    }

    [Fact]
    public async Task PublishAsync_SomeoneGrantedVisitorsTheRecordsByHand_GrantTakenBackThoughNothingElseChanges()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var registers = SampleOrganisation.Create();
        await Publisher().PublishAsync(registers, new DateOnly(2026, 1, 31), sp.Target());
        sp.Server.Library.GrantByHand(LibraryRecords.FileName, sp.Server.Library.Visitors.Title, "Read");

        var result = await Publisher().PublishAsync(registers, new DateOnly(2026, 3, 1), sp.Target());

        result.Plan.SecureRecords.Should().BeTrue("the records describe Restricted departments, which only the owners may read");
        result.Plan.Documents.Should().OnlyContain(d => d.Change == DocumentChange.Unchanged);
        sp.Server.Library.FileReaders().Single(f => f.Path == LibraryRecords.FileName).Readers.Should().Equal(sp.Server.Library.Owners);
        (await Publisher().PlanAsync(registers, new DateOnly(2026, 3, 1), sp.Target())).Plan.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public async Task PublishAsync_RecordsLeftReadableAndATaskChanged_LockedBeforeTheRunWritesIntoThem()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var registers = SampleOrganisation.Create();
        await Publisher().PublishAsync(registers, new DateOnly(2026, 1, 31), sp.Target());
        sp.Server.Library.InheritPermissions(LibraryRecords.FileName);
        var task = registers.Tasks.First(t => t.Role is not null);
        var changed = registers with { Tasks = registers.Tasks.Select(t => t == task ? t with { Task = t.Task + " (revised)" } : t).ToList() };
        var exposure = ExposureCheck.Watch(sp.Server, Publisher().BuildDesired(changed, new DateOnly(2026, 3, 1)));

        var result = await Publisher().PublishAsync(changed, new DateOnly(2026, 3, 1), sp.Target());

        result.Plan.SecureRecords.Should().BeTrue();
        result.Plan.Documents.Should().Contain(d => d.Change == DocumentChange.Changed);
        exposure.Exposures.Should().BeEmpty("nothing this run wrote into the records was ever readable beyond the owners");
        sp.Server.Library.FileReaders().Single(f => f.Path == LibraryRecords.FileName).Readers.Should().Equal(sp.Server.Library.Owners);
        sp.Server.Library.AppGrants().Should().BeEmpty();
    }

    [Theory]
    [InlineData(FakeGraph.FaultKind.ConnectionCut, "breakroleinheritance")]
    [InlineData(FakeGraph.FaultKind.ConnectionCut, "addroleassignment")]
    [InlineData(FakeGraph.FaultKind.Unavailable503, "removeroleassignment")]
    public async Task PublishAsync_FirstPublishFailsWhileLockingTheRecords_NoNameEverReadableAndTheNextRunLocksThem(FakeGraph.FaultKind fault, string call)
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var registers = SampleOrganisation.Create();
        var exposure = ExposureCheck.Watch(sp.Server, Publisher().BuildDesired(registers, new DateOnly(2026, 1, 31)));
        sp.Server.Faults.RetryAfterSeconds = 0;
        sp.Server.Faults.Next(fault, r => r.Path.Contains(call, StringComparison.Ordinal));

        var failed = () => Publisher().PublishAsync(registers, new DateOnly(2026, 1, 31), sp.Target(sp.Options(maxRetries: 0)));

        await failed.Should().ThrowAsync<OfficeInfraException>();
        exposure.Exposures.Should().BeEmpty();
        Records(sp).Publishing.Should().BeNull("the failed run ended its claim");
        await Publisher().PublishAsync(registers, new DateOnly(2026, 1, 31), sp.Target());
        exposure.Exposures.Should().BeEmpty();
        Records(sp).Documents.Should().NotBeEmpty();
        sp.Server.Library.FileReaders().Single(f => f.Path == LibraryRecords.FileName).Readers.Should().Equal(sp.Server.Library.Owners);
        sp.Server.Library.AppGrants().Should().BeEmpty();
    }

    [Fact]
    public async Task PublishAsync_Sample_ARecordsFolderPerProcessCreatedOnceAndNeverEntered()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var registers = SampleOrganisation.Create();
        await Publisher().PublishAsync(registers, new DateOnly(2026, 1, 31), sp.Target());
        var process = registers.Processes[0];
        var kept = $"{process.Department}/Records/{process.Name}/2026 batch record.pdf";
        sp.Server.Library.WriteFile(kept, "filed by the records manager"u8.ToArray());

        var again = await Publisher().PublishAsync(registers, new DateOnly(2026, 3, 1), sp.Target());

        sp.Server.Library.Folders().Should().Contain(registers.Processes.Select(p => $"{p.Department}/Records/{p.Name}"));
        again.Plan.IsEmpty.Should().BeTrue();
        sp.Server.Library.Files()[kept].Should().Equal("filed by the records manager"u8.ToArray());
    }

    [Fact]
    public async Task PublishAsync_Result_CarriesTheLibraryAndEachDocumentsWebAddress()
    {
        await using var sp = await FakeSharePoint.StartAsync();

        var result = await Publisher().PublishAsync(SampleOrganisation.Create(), new DateOnly(2026, 1, 31), sp.Target());

        result.LibraryUrl.Should().Be($"{FakeGraph.FakeGraphServer.SiteUrl}/Shared%20Documents");
        var sop = result.Desired.Documents.First(d => d.Kind == Documents.DocumentKind.Sop);
        result.WebUrlOf(sop.Path).Should().Be($"{result.LibraryUrl}/{string.Join('/', sop.Path.Split('/').Select(Uri.EscapeDataString))}")
            .And.Contain("/SOPs/");
    }
}
