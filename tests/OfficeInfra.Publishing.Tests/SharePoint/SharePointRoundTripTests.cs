using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>Publishing to the fake SharePoint and reading it back.</summary>
public sealed class SharePointRoundTripTests
{
    [Fact]
    public async Task ApplyAsync_EmptyLibrary_FakeHoldsEveryDocumentFolderAndManifest()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create();

        await sp.PublishAsync(desired);

        var files = sp.Server.Library.Files();
        files.Keys.Should().BeEquivalentTo(desired.Documents.Select(d => d.Path).Append("manifest.json"));
        foreach (var doc in desired.Documents)
        {
            files[doc.Path].Should().Equal(doc.Content, because: doc.Path);
        }
        sp.Server.Library.Folders().Should().Contain(["Finance", "Finance/Records", "Finance/Job Descriptions", "Board/SOPs"]);
        sp.Server.Library.DuplicateNames().Should().Be(0);
    }

    [Fact]
    public async Task ReadAsync_AfterApply_ReportsEveryHashAndGrant()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create();
        await sp.PublishAsync(desired);

        var snapshot = await sp.Target().ReadAsync();

        snapshot.Documents.Should().BeEquivalentTo(desired.Documents.Select(d => new ExistingDocument(d.Path, d.Sha256, true, false, d.Sha256)));
        foreach (var folder in desired.Folders)
        {
            var read = snapshot.Folders.Single(f => f.Path == folder.Path);
            read.InheritsPermissions.Should().BeFalse();
            read.Grants.Should().BeEquivalentTo(folder.Grants);
        }
    }

    [Fact]
    public async Task ApplyAsync_SecondRun_PlanEmptyAndNothingWritten()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create();
        await sp.PublishAsync(desired);
        sp.Server.ClearRequests();

        var plan = await sp.PublishAsync(desired);

        plan.IsEmpty.Should().BeTrue();
        sp.Server.Requests.Where(r => r.Method != "GET").Should().BeEmpty();
    }

    [Fact]
    public async Task ApplyAsync_OneDocumentChanged_UploadsOnlyThatDocument()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create();
        await sp.PublishAsync(desired);
        var changed = TestLibrary.WithChanged(desired, "Finance/Job Descriptions/Role 2.docx");
        sp.Server.ClearRequests();

        var plan = await sp.PublishAsync(changed);

        plan.Documents.Where(d => d.Change != DocumentChange.Unchanged).Should().ContainSingle()
            .Which.Path.Should().Be("Finance/Job Descriptions/Role 2.docx");
        sp.Server.Requests.Where(r => r.Method == "PUT" && !r.Path.Contains("manifest.json", StringComparison.Ordinal))
            .Should().ContainSingle().Which.Path.Should().Contain("Role%202.docx");
        sp.Server.Library.Files()["Finance/Job Descriptions/Role 2.docx"].Should().Equal(changed.Documents.Single(d => d.Path.EndsWith("Role 2.docx", StringComparison.Ordinal) && d.Department == "Finance").Content);
    }

    [Fact]
    public async Task PublishAsync_FileEditedByHand_ReportedEditedAndKept()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create();
        await sp.PublishAsync(desired);
        const string Path = "Operations/SOPs/Month end.docx";
        sp.Server.Library.WriteFile(Path, "edited in the browser"u8.ToArray());
        var changed = TestLibrary.WithChanged(desired, Path);
        sp.Server.ClearRequests();

        var plan = await sp.PublishAsync(changed);

        plan.Documents.Single(d => d.Path == Path).Change.Should().Be(DocumentChange.Edited);
        sp.Server.Library.Files()[Path].Should().Equal("edited in the browser"u8.ToArray());
        sp.Server.Requests.Where(r => r.Method != "GET").Should().BeEmpty("an edited document is the only change, and it is kept");
    }

    [Fact]
    public async Task PublishAsync_FileEditedByHandAndOverwriteAsked_Replaced()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create();
        await sp.PublishAsync(desired);
        const string Path = "Operations/SOPs/Month end.docx";
        sp.Server.Library.WriteFile(Path, "edited in the browser"u8.ToArray());

        var plan = await sp.PublishAsync(desired, overwriteEdited: true);
        var after = await sp.PublishAsync(desired);

        plan.Documents.Single(d => d.Path == Path).Change.Should().Be(DocumentChange.Overwrite);
        sp.Server.Library.Files()[Path].Should().Equal(desired.Documents.Single(d => d.Path == Path).Content);
        after.IsEmpty.Should().BeTrue("the records hold the replaced file's cTag");
    }

    [Fact]
    public async Task ReadAsync_FileUploadedAgainWithSameBytes_NotEdited()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create();
        await sp.PublishAsync(desired);
        const string Path = "Operations/SOPs/Month end.docx";
        sp.Server.Library.WriteFile(Path, desired.Documents.Single(d => d.Path == Path).Content);

        var snapshot = await sp.Target().ReadAsync();

        snapshot.Documents.Single(d => d.Path == Path).Edited.Should().BeFalse();
        snapshot.Documents.Single(d => d.Path == Path).Sha256.Should().Be(desired.Documents.Single(d => d.Path == Path).Sha256);
    }

    [Fact]
    public async Task ReadAsync_FilesInRecords_NeverListedNorTouched()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create();
        await sp.PublishAsync(desired);
        sp.Server.Library.WriteFile("Finance/Records/2026 audit.pdf", "kept by the records manager"u8.ToArray());

        var snapshot = await sp.Target().ReadAsync();
        await sp.PublishAsync(desired);

        snapshot.Documents.Should().NotContain(d => d.Path.Contains("/Records/", StringComparison.Ordinal));
        sp.Server.Library.Files()["Finance/Records/2026 audit.pdf"].Should().Equal("kept by the records manager"u8.ToArray());
    }

    [Fact]
    public async Task ApplyAsync_NamesWithPercentHashApostropheAndUnicode_RoundTripExactly()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        const string Folder = "R&D 50% O'Brien #1 Café";
        var desired = new DesiredLibrary(
            [new FolderSpec(Folder, Folder, OfficeInfra.Registers.Model.AccessLevel.Internal, TestLibrary.GrantsFor(OfficeInfra.Registers.Model.AccessLevel.Internal))],
            [TestLibrary.Doc(OfficeInfra.Documents.DocumentKind.JobDescription, Folder, "Ingénieur #2", $"{Folder}/Job Descriptions/Ingénieur #2 (50%).docx", "v1")]);

        await sp.PublishAsync(desired);
        var plan = await sp.PublishAsync(desired);

        sp.Server.Library.Files().Keys.Should().Contain($"{Folder}/Job Descriptions/Ingénieur #2 (50%).docx");
        sp.Server.Library.HasUniquePermissions(Folder).Should().BeTrue();
        plan.IsEmpty.Should().BeTrue();
    }
}
