using OfficeInfra.Documents.Word;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>The whole road (registers → Word documents → layout → planner → SharePoint) against the fake.</summary>
public sealed class SharePointPublisherTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);

    [Fact]
    public async Task PublishAsync_ContosoSampleTwice_SecondPlanEmptyAndNotApplied()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var publisher = new LibraryPublisher([new WordDocumentGenerator(TemplateSet.Default())], new LibraryOptions());
        var registers = SampleOrganisation.Create();

        var first = await publisher.PublishAsync(registers, AsOf, sp.Target());
        sp.Server.ClearRequests();
        var second = await publisher.PublishAsync(registers, AsOf, sp.Target());

        first.Applied.Should().BeTrue();
        sp.Server.Library.Files().Keys.Should().Contain(first.Desired.Documents.Select(d => d.Path));
        foreach (var folder in first.Desired.Folders)
        {
            sp.Server.Library.HasUniquePermissions(folder.Path).Should().BeTrue(folder.Path);
            sp.Server.Library.EffectivePermissions(folder.Path).Should().HaveCount(folder.Grants.Count, folder.Path);
        }
        second.Plan.IsEmpty.Should().BeTrue();
        second.Applied.Should().BeFalse();
        sp.Server.Requests.Where(r => r.Method != "GET").Should().BeEmpty();
    }

    [Fact]
    public async Task PublishAsync_OneTaskChanged_ExactlyOneJobDescriptionUploaded()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var publisher = new LibraryPublisher([new WordDocumentGenerator(TemplateSet.Default())], new LibraryOptions());
        var registers = SampleOrganisation.Create();
        await publisher.PublishAsync(registers, AsOf, sp.Target());
        var task = registers.Tasks.First(t => t.Role is not null);
        var changed = registers with { Tasks = registers.Tasks.Select(t => t == task ? t with { Task = t.Task + " (revised)" } : t).ToList() };
        sp.Server.ClearRequests();

        var result = await publisher.PublishAsync(changed, AsOf, sp.Target());

        result.Plan.Documents.Where(d => d.Change == DocumentChange.Changed && d.Path.Contains("/Job Descriptions/", StringComparison.Ordinal))
            .Should().ContainSingle();
        sp.Server.Requests.Where(r => r.Method == "PUT" && r.Path.Contains("/Job%20Descriptions/", StringComparison.Ordinal)).Should().ContainSingle();
    }
}
