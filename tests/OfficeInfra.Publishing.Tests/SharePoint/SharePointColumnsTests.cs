using OfficeInfra.Documents.Word;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Registers.Sample;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>Library columns, versions with the change summary as their comment, and retention labels (issue 21), against the fake.</summary>
public sealed class SharePointColumnsTests
{
    private const string HrLabel = "HR – 7 years after superseded", QualityLabel = "Quality – 3 years";
    private static readonly DateOnly First = new(2026, 1, 31), Later = new(2026, 3, 1);

    private static LibraryPublisher Publisher(bool labels = false) => new([new WordDocumentGenerator(TemplateSet.Default())], new LibraryOptions
    {
        RetentionLabelsByType = labels ? new Dictionary<string, string> { ["job-description"] = HrLabel, ["sop"] = QualityLabel } : new Dictionary<string, string>(),
    });

    [Fact]
    public async Task PublishAsync_FirstRun_CreatesEveryColumnOnceAndFillsThemOnEveryDocument()
    {
        await using var sp = await FakeSharePoint.StartAsync();

        var result = await Publisher().PublishAsync(SampleOrganisation.Create(), First, sp.Target());

        sp.Server.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/columns", StringComparison.Ordinal)).Should().Be(LibraryColumns.All.Count);
        sp.Server.Library.Columns.Keys.Should().Contain(LibraryColumns.All.Select(c => c.Name));
        sp.Server.Library.Columns["EffectiveDate"].Type.Should().Be("dateTime");
        sp.Server.Library.Columns["Version"].Should().Be(("Document Version", "number"));
        foreach (var document in result.Desired.Documents)
        {
            var fields = sp.Server.Library.File(document.Path).Fields;
            fields["DocumentId"].Should().Be(document.Record!.Control!.Id, document.Path);
            fields["Version"].Should().Be(1.0, document.Path);
            fields["EffectiveDate"].Should().Be("2026-01-31T00:00:00Z", document.Path);
            fields["DocumentType"].Should().Be(LibraryColumns.TypeName(document.Kind));
            fields["Subject"].Should().Be(document.Subject);
            if (document.Department is { } department)
            {
                fields["Department"].Should().Be(department);
                fields["AccessLevel"].Should().Be(result.Desired.Folders.Single(f => f.Department == department).Access.ToString());
            }
        }
    }

    [Fact]
    public async Task PublishAsync_NewDocument_OneVersionHoldingItsColumnsWithNoCheckOut()
    {
        await using var sp = await FakeSharePoint.StartAsync();

        var result = await Publisher().PublishAsync(SampleOrganisation.Create(), First, sp.Target());

        // The upload makes version 1.0 and the columns go into it (ValidateUpdateListItem, bNewDocumentUpdate): Version
        // History shows one version, with no comment, as an upload takes none.
        foreach (var document in result.Desired.Documents)
        {
            var file = sp.Server.Library.File(document.Path);
            file.Versions.Should().Equal([null], document.Path);
            file.Fields["DocumentId"].Should().Be(document.Record!.Control!.Id, document.Path);
            file.CheckedOut.Should().BeFalse(document.Path);
        }
        sp.Server.Requests.Should().NotContain(r => r.Path.EndsWith("/checkout", StringComparison.Ordinal), "a new document is never checked out");
    }

    [Fact]
    public async Task PublishAsync_TaskChanged_ExactlyOneNewVersionOfEachAffectedDocumentWithTheChangeAsItsComment()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var registers = SampleOrganisation.Create();
        var first = await Publisher().PublishAsync(registers, First, sp.Target());
        var versions = first.Desired.Documents.ToDictionary(d => d.Path, d => sp.Server.Library.File(d.Path).Versions.Count);
        var task = registers.Tasks.First(t => t.Role is not null);
        var changed = registers with { Tasks = registers.Tasks.Select(t => t == task ? t with { Task = t.Task + " (revised)" } : t).ToList() };

        var result = await Publisher().PublishAsync(changed, Later, sp.Target());

        var rewritten = result.Plan.Documents.Where(d => d.Change == DocumentChange.Changed).Select(d => d.Path).ToHashSet();
        rewritten.Should().NotBeEmpty();
        foreach (var document in result.Desired.Documents)
        {
            var item = sp.Server.Library.File(document.Path);
            if (rewritten.Contains(document.Path))
            {
                item.Versions.Should().HaveCount(versions[document.Path] + 1, document.Path);
                item.Versions[^1].Should().Be(document.Record!.Control!.History[0].Change).And.Contain("revised");
                item.Fields["Version"].Should().Be(2.0);
                item.Fields["EffectiveDate"].Should().Be("2026-03-01T00:00:00Z");
            }
            else
            {
                item.Versions.Should().HaveCount(versions[document.Path], document.Path);
            }
        }
    }

    [Fact]
    public async Task PublishAsync_ColumnOfTheSameNameAndAnotherType_ConfigurationErrorAndNothingChanged()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        sp.Server.Library.Columns["EffectiveDate"] = ("Effective Date", "text");

        var act = () => Publisher().PublishAsync(SampleOrganisation.Create(), First, sp.Target());

        (await act.Should().ThrowAsync<OfficeInfraException>()).Which.Kind.Should().Be(ErrorKind.Configuration);
        (await act.Should().ThrowAsync<OfficeInfraException>()).Which.Message.Should().Contain("EffectiveDate").And.Contain("nothing was changed");
        sp.Server.Requests.Where(r => r.Method != "GET").Should().BeEmpty();
        sp.Server.Library.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task PublishAsync_ColumnOfTheSameNameAndType_Reused()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        sp.Server.Library.Columns["Owner"] = ("Process owner", "text");

        await Publisher().PublishAsync(SampleOrganisation.Create(), First, sp.Target());

        sp.Server.Library.Columns["Owner"].DisplayName.Should().Be("Process owner");
        sp.Server.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/columns", StringComparison.Ordinal)).Should().Be(LibraryColumns.All.Count - 1);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PublishAsync_LibraryWithoutVersions_TurnedOnUnlessToldToLeaveTheSettingsAlone(bool enable)
    {
        await using var sp = await FakeSharePoint.StartAsync();
        sp.Server.Library.VersioningEnabled = false;

        await Publisher().PublishAsync(SampleOrganisation.Create(), First, sp.Target(sp.Options() with { EnableVersioning = enable }));
        var again = await Publisher().PlanAsync(SampleOrganisation.Create(), Later, sp.Target(sp.Options() with { EnableVersioning = enable }));

        sp.Server.Library.VersioningEnabled.Should().Be(enable);
        again.Plan.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public async Task PublishAsync_LabelTheTenantLacks_ThatItemsErrorTheRestPublishedAndLabelledThenLabelledOnceCreated()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        sp.Server.Library.RetentionLabels.Add(HrLabel);
        var registers = SampleOrganisation.Create();

        var act = () => Publisher(labels: true).PublishAsync(registers, First, sp.Target());

        var error = (await act.Should().ThrowAsync<OfficeInfraException>()).Which;
        error.Kind.Should().Be(ErrorKind.Configuration);
        error.Message.Should().Contain(QualityLabel).And.Contain($"{registers.Processes.Count} document(s)");
        var desired = Publisher(labels: true).BuildDesired(registers, First);
        foreach (var document in desired.Documents)
        {
            var item = sp.Server.Library.File(document.Path);
            item.Content.Should().Equal(document.Content, "the rest of the publish went on");
            item.RetentionLabel.Should().Be(document.Kind == Documents.DocumentKind.JobDescription ? HrLabel : null, document.Path);
        }

        sp.Server.Library.RetentionLabels.Add(QualityLabel);
        sp.Server.ClearRequests();
        var again = await Publisher(labels: true).PublishAsync(registers, Later, sp.Target());

        again.Plan.Documents.Where(d => d.Change != DocumentChange.Unchanged).Should().OnlyContain(d => d.Path.Contains("/SOPs/", StringComparison.Ordinal))
            .And.HaveCount(registers.Processes.Count);
        desired.Documents.Where(d => d.Kind == Documents.DocumentKind.Sop).Should().OnlyContain(d => sp.Server.Library.File(d.Path).RetentionLabel == QualityLabel);
        sp.Server.Requests.Where(r => r.Method is "PUT" or "POST" && !r.Path.Contains("manifest.json", StringComparison.Ordinal))
            .Should().BeEmpty("only the labels were missing: no upload, no new version");
    }
}
