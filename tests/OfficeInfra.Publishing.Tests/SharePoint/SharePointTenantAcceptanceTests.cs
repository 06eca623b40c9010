using System.Text.Json;
using OfficeInfra.FakeGraph;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Tests.Support;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>
/// Issue 20's acceptance, through the whole road (registers → layout → planner → SharePoint target) against a fake
/// that follows Microsoft's documentation, with default settings (no Principals mapping).
/// </summary>
public sealed class SharePointTenantAcceptanceTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    [Fact]
    public async Task PublishAsync_SevenDepartmentsFirstThenAgain_ExactlyTheMappedGrantsNoAppGrantThenZeroWrites()
    {
        await using var sp = await FakeSharePoint.StartAsync(TenantOrganisation.Directory());
        var registers = TenantOrganisation.Registers();
        var desired = Publisher().BuildDesired(registers, AsOf);
        var exposure = ExposureCheck.Watch(sp.Server, desired);

        var first = await Publisher().PublishAsync(registers, AsOf, sp.Target());

        first.Desired.Folders.Should().HaveCount(7);
        registers.Roles.Should().HaveCount(36);
        exposure.Exposures.Should().BeEmpty("no document may be readable beyond its level at any moment");
        var library = sp.Server.Library;
        foreach (var folder in first.Desired.Folders)
        {
            library.HasUniquePermissions(folder.Path).Should().BeTrue(folder.Path);
            library.EffectivePermissions(folder.Path).Should().BeEquivalentTo(TenantOrganisation.AsShown(library, folder), folder.Path);
        }
        library.AppGrants().Should().BeEmpty("the app's own Full Control is taken back");
        library.Files().Keys.Should().Contain(first.Desired.Documents.Select(d => d.Path));

        sp.Server.ClearRequests();
        var second = await Publisher().PublishAsync(registers, AsOf, sp.Target());

        second.Plan.IsEmpty.Should().BeTrue();
        second.Plan.Permissions.Should().OnlyContain(p => p.Drift.Count == 0);
        sp.Server.Requests.Where(r => r.Method != "GET").Should().BeEmpty("a second publish writes nothing");
    }

    [Fact]
    public async Task ApplyAsync_OneCutAnswerPerRequestKind_RunSucceedsAndLibraryIsExact()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create(largeFileBytes: 11 * 1024 * 1024);
        var exposure = ExposureCheck.Watch(sp.Server, desired);
        var faults = sp.Server.Faults;
        faults.Next(FaultKind.ResponseCut, r => r.Method == "GET" && r.Path.Contains("/manifest.json", StringComparison.Ordinal));
        faults.Next(FaultKind.ResponseCut, r => r.Method == "GET" && r.Path.EndsWith("/children", StringComparison.Ordinal));
        faults.Next(FaultKind.ResponseCut, r => r.Method == "POST" && r.Path.EndsWith("/children", StringComparison.Ordinal));
        faults.Next(FaultKind.ResponseCut, r => r.Method == "PUT" && r.Path.EndsWith("Org%20Chart.pptx:/content", StringComparison.Ordinal));
        faults.Next(FaultKind.ResponseCut, r => r.Method == "PUT" && r.Path.StartsWith("/upload/", StringComparison.Ordinal) && !r.IsLastFragment);
        faults.Next(FaultKind.ResponseCut, r => r.Method == "PUT" && r.Path.StartsWith("/upload/", StringComparison.Ordinal) && r.IsLastFragment);
        faults.Next(FaultKind.ResponseCut, r => r.Path.Contains("breakroleinheritance", StringComparison.Ordinal));
        faults.Next(FaultKind.ResponseCut, r => r.Path.Contains("addroleassignment", StringComparison.Ordinal));
        faults.Next(FaultKind.ResponseCut, r => r.Path.Contains("removeroleassignment", StringComparison.Ordinal));
        faults.Next(FaultKind.ResponseCut, r => r.Path.EndsWith("/ensureuser", StringComparison.Ordinal));

        await sp.PublishAsync(desired, sp.Target(sp.LargeFileOptions()));

        sp.Server.Requests.Count(r => r.Fault == FaultKind.ResponseCut).Should().Be(10, "every kind of request had its answer cut once");
        LibraryHolds(sp, desired);
        exposure.Exposures.Should().BeEmpty();
        sp.Server.OpenUploadSessions.Should().Be(0);

        // Now a real download: the manifest the first run wrote, cut on its way back, and a role assignment listing.
        sp.Server.ClearRequests();
        faults.Next(FaultKind.ResponseCut, r => r.Method == "GET" && r.Path.EndsWith("/manifest.json:/content", StringComparison.Ordinal));
        faults.Next(FaultKind.ResponseCut, r => r.Path.Contains("/roleassignments", StringComparison.Ordinal));
        var again = await sp.PublishAsync(desired, sp.Target(sp.LargeFileOptions()));

        sp.Server.Requests.Count(r => r.Fault == FaultKind.ResponseCut).Should().Be(2);
        again.IsEmpty.Should().BeTrue("the manifest read through a cut answer is the whole manifest");
    }

    [Fact]
    public async Task ApplyAsync_UploadSessionGivenUp_SessionCancelledAndRunFailsNamingTheDocument()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create(rolesPerDepartment: 1, largeFileBytes: 11 * 1024 * 1024);
        for (var i = 0; i < 40; i++)
        {
            sp.Server.Faults.Next(FaultKind.ConnectionCut, r => r.Method == "PUT" && r.Path.StartsWith("/upload/", StringComparison.Ordinal) && !r.IsLastFragment);
        }

        var act = () => sp.PublishAsync(desired, sp.Target(sp.LargeFileOptions(maxRetries: 1)));

        (await act.Should().ThrowAsync<OfficeInfraException>()).Which.Message.Should().Contain("Operations/Big chart.pptx");
        sp.Server.Requests.Should().Contain(r => r.Method == "DELETE" && r.Path.StartsWith("/upload/", StringComparison.Ordinal));
        sp.Server.OpenUploadSessions.Should().Be(0, "a session given up is cancelled");
    }

    [Fact]
    public async Task PublishAsync_KilledOrFailedAtSampledRequests_NoDocumentEverReadableBeyondItsLevel()
    {
        var registers = TenantOrganisation.Registers();
        var desired = Publisher().BuildDesired(registers, AsOf);
        var requests = await CountRequestsOfACleanRunAsync(registers);
        var random = new Random(20);
        foreach (var (at, kill) in Enumerable.Range(0, 6).Select(i => (random.Next(1, requests), i % 2 == 0)))
        {
            await using var sp = await FakeSharePoint.StartAsync(TenantOrganisation.Directory());
            using var stop = new CancellationTokenSource();
            var seen = 0;
            var exposure = ExposureCheck.Watch(sp.Server, desired, _ =>
            {
                if (kill && Interlocked.Increment(ref seen) == at)
                {
                    stop.Cancel();
                }
            });
            if (!kill)
            {
                sp.Server.Faults.RetryAfterSeconds = 0;
                sp.Server.Faults.Next(FaultKind.Unavailable503, _ => Interlocked.Increment(ref seen) == at);
            }
            var target = sp.Target(sp.Options(maxRetries: 0));

            var run = () => Publisher().PublishAsync(registers, AsOf, target, cancellationToken: stop.Token);

            await run.Should().ThrowAsync<Exception>($"the run was {(kill ? "killed" : "failed")} at request {at}");
            exposure.Exposures.Should().BeEmpty($"killed={kill} at request {at}");
            var rerun = await Publisher().PublishAsync(registers, AsOf, sp.Target());
            exposure.Exposures.Should().BeEmpty($"the run after killed={kill} at {at}");
            sp.Server.Library.AppGrants().Should().BeEmpty($"the run after killed={kill} at {at} takes the app's grant back");
            (await Publisher().PlanAsync(registers, AsOf, sp.Target())).Plan.IsEmpty.Should().BeTrue();
            rerun.Plan.Permissions.Should().OnlyContain(p => p.Drift.Count == 0);
        }
    }

    [Fact]
    public async Task PublishAsync_OrganisationWideGrantMadeByHand_ReportedAsDriftThenPrunedByPrincipalId()
    {
        await using var sp = await FakeSharePoint.StartAsync(TenantOrganisation.Directory());
        var registers = TenantOrganisation.Registers();
        await Publisher().PublishAsync(registers, AsOf, sp.Target());
        sp.Server.Library.GrantByHand("董事会", "Everyone except external users", "Read");
        sp.Server.Library.GrantByHand("董事会", "Ops Visitors", "Read");

        var kept = await Publisher().PublishAsync(registers, AsOf, sp.Target());
        var pruned = await new LibraryPublisher([new FakeDocumentSource()], new LibraryOptions { PrunePermissions = true })
            .PublishAsync(registers, AsOf, sp.Target());

        kept.Plan.Permissions.Single(p => p.Path == "董事会").Drift.Should().BeEquivalentTo(
            [new Grant("Everyone except external users", GrantRole.Read), new Grant("Visitors", GrantRole.Read)]);
        pruned.Applied.Should().BeTrue();
        var library = sp.Server.Library;
        library.EffectivePermissions("董事会").Should().BeEquivalentTo(TenantOrganisation.AsShown(library, pruned.Desired.Folders.Single(f => f.Path == "董事会")));
        (await Publisher().PlanAsync(registers, AsOf, sp.Target())).Plan.Permissions.Should().OnlyContain(p => p.Drift.Count == 0);
    }

    [Fact]
    public async Task PublishAsync_PathOf420CharactersFromTheSiteRoot_ShortenedPublishedAndReported()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var department = string.Concat(Enumerable.Repeat("Ölçüm ve Kalibrasyon 计量 ", 6))[..120].TrimEnd();
        var role = string.Concat(Enumerable.Repeat("Kıdemli Kalibrasyon Uzmanı 高级校准工程师 ", 10))[..250].TrimEnd();
        var registers = new Testing.RegisterSetBuilder()
            .Add(new Registers.Model.Department(department, "Şef", "Internal", ["Owners"], ["Members"], ["Visitors"]))
            .Role("Şef", department)
            .Role(role, department, reportsTo: "Şef")
            .Task("Cihazları kalibre et", department, role: role)
            .Build();
        // Counted from the library, as before, the document fits (393); counted from the site's root it does not (421).
        (department.Length + "/Job Descriptions/".Length + role.Length + ".docx".Length).Should().BeLessThanOrEqualTo(400);
        (GraphEndpointsRoot.Length + 1 + department.Length + "/Job Descriptions/".Length + role.Length + ".docx".Length).Should().BeGreaterThan(400);

        var result = await Publisher().PublishAsync(registers, AsOf, sp.Target());

        var document = result.Desired.Documents.Single(d => d.Subject == role);
        (GraphEndpointsRoot.Length + 1 + document.Path.Length).Should().BeLessThanOrEqualTo(400);
        result.Plan.Documents.Should().ContainSingle(d => d.Path == document.Path && d.Change == DocumentChange.New);
        sp.Server.Library.Files().Keys.Should().Contain(document.Path);
        using var manifest = JsonDocument.Parse(sp.Server.Library.Files()["manifest.json"]);
        manifest.RootElement.GetProperty("documents").EnumerateArray()
            .Should().ContainSingle(d => d.GetProperty("subject").GetString() == role && d.GetProperty("path").GetString() == document.Path,
                "the manifest reports where the shortened document went");
    }

    [Fact]
    public async Task PublishAsync_PrincipalTheTenantDoesNotKnow_OneSentenceNamingIt()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var registers = new Testing.RegisterSetBuilder()
            .Add(new Registers.Model.Department("Ops", "Boss", "Confidential", ["Owners"], ["Members", "nobody@fabrikam.com"], ["Visitors"]))
            .Role("Boss", "Ops").Task("Run the shop", "Ops", role: "Boss").Build();

        var act = () => Publisher().PublishAsync(registers, AsOf, sp.Target());

        var error = (await act.Should().ThrowAsync<OfficeInfraException>()).Which;
        error.Message.Should().Contain("'nobody@fabrikam.com'").And.Contain("i:0#.f|membership|nobody@fabrikam.com");
        sp.Server.Library.Files().Keys.Should().NotContain(k => k.StartsWith("Ops/", StringComparison.Ordinal), "nothing goes into a folder whose permissions failed");
    }

    [Fact]
    public async Task PublishAsync_RoleRemoved_ManifestListsItAsStaleOnlyAndItStaysOurs()
    {
        await using var sp = await FakeSharePoint.StartAsync(TenantOrganisation.Directory());
        await Publisher().PublishAsync(TenantOrganisation.Registers(), AsOf, sp.Target());
        var fewer = TenantOrganisation.Registers((department, i) => !(department == "研发部" && i == 2));

        var removed = await Publisher().PublishAsync(fewer, AsOf, sp.Target());
        var again = await Publisher().PlanAsync(fewer, AsOf, sp.Target());

        var stale = removed.Plan.Documents.Should().ContainSingle(d => d.Change == DocumentChange.Stale).Which.Path;
        using var manifest = JsonDocument.Parse(sp.Server.Library.Files()["manifest.json"]);
        manifest.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("path").GetString()).Should().NotContain(stale);
        manifest.RootElement.GetProperty("stale").EnumerateArray().Select(s => s.GetString()).Should().Equal(stale);
        again.Plan.IsEmpty.Should().BeTrue();
        again.Plan.Documents.Should().ContainSingle(d => d.Change == DocumentChange.Stale).Which.Path.Should().Be(stale, "still ours, still stale");
    }

    private const string GraphEndpointsRoot = FakeGraphServer.SitePath + "/Shared Documents";

    private static LibraryPublisher Publisher() => new([new FakeDocumentSource()], new LibraryOptions());

    private static async Task<int> CountRequestsOfACleanRunAsync(Registers.Model.RegisterSet registers)
    {
        await using var sp = await FakeSharePoint.StartAsync(TenantOrganisation.Directory());
        await Publisher().PublishAsync(registers, AsOf, sp.Target());
        return sp.Server.Requests.Count;
    }

    private static void LibraryHolds(FakeSharePoint sp, DesiredLibrary desired)
    {
        var files = sp.Server.Library.Files();
        files.Keys.Should().BeEquivalentTo(desired.Documents.Select(d => d.Path).Append("manifest.json"));
        desired.Documents.Should().OnlyContain(d => files[d.Path].SequenceEqual(d.Content));
        sp.Server.Library.DuplicateNames().Should().Be(0);
        foreach (var folder in desired.Folders)
        {
            sp.Server.Library.EffectivePermissions(folder.Path).Should().BeEquivalentTo(TenantOrganisation.AsShown(sp.Server.Library, folder), folder.Path);
        }
        sp.Server.Library.AppGrants().Should().BeEmpty();
    }
}
