using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Tests.Support;
using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>
/// Through the product's planner against the fake SharePoint: when the registers give less (a lower access level, a
/// principal taken off a list), the folder's real role assignments lose what they no longer give, without pruning;
/// a role assignment someone made by hand stays, reported as drift, until pruning.
/// </summary>
public sealed class SharePointAccessChangeTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    private static readonly Dictionary<string, (string, string)[]> Expected = new()
    {
        ["Public"] = [("Everyone except external users", "Read"), ("helper", "Contribute"), ("Ops Members", "Contribute"), ("Ops Owners", "Full Control")],
        ["Internal"] = [("helper", "Contribute"), ("Ops Members", "Contribute"), ("Ops Owners", "Full Control"), ("Ops Visitors", "Read")],
        ["Confidential"] = [("helper", "Contribute"), ("Ops Members", "Contribute"), ("Ops Owners", "Full Control")],
        ["Restricted"] = [("Ops Owners", "Full Control")],
    };

    [Fact]
    public async Task PublishAsync_AccessLevelLoweredStepByStep_FolderHoldsExactlyEachLevelsRoles()
    {
        await using var sp = await FakeSharePoint.StartAsync();

        foreach (var access in new[] { "Public", "Internal", "Confidential", "Restricted" })
        {
            var result = await Publish(sp, Registers(access));

            sp.Server.Library.EffectivePermissions("Ops").Should().BeEquivalentTo(Expected[access], access);
            result.Plan.Permissions.Single().Drift.Should().BeEmpty($"grants the product made are not drift ({access})");
        }
    }

    [Fact]
    public async Task PublishAsync_MemberTakenOffTheRegisterAndAGrantMadeByHand_MemberLosesAccessHandGrantIsReported()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        await Publish(sp, Registers("Confidential"));
        sp.Server.Library.GrantByHand("Ops", "Ops Visitors", "Read");

        var result = await Publish(sp, Registers("Confidential", members: ["Members"]));

        sp.Server.Library.EffectivePermissions("Ops").Should().BeEquivalentTo(
            [("Ops Members", "Contribute"), ("Ops Owners", "Full Control"), ("Ops Visitors", "Read")]);
        result.Plan.Permissions.Single().Drift.Should().Equal(new Grant("Visitors", GrantRole.Read));

        await Publish(sp, Registers("Confidential", members: ["Members"]), prune: true);

        sp.Server.Library.EffectivePermissions("Ops").Should().BeEquivalentTo([("Ops Members", "Contribute"), ("Ops Owners", "Full Control")]);
    }

    [Fact]
    public async Task PublishAsync_RunDiesBeforePermissionsThenRerun_GrantTheRegistersStoppedGivingStillGoes()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        await Publish(sp, Registers("Internal"));
        // The next run rewrites every document (so it records pending uploads in the manifest first) and lowers the
        // level, then dies on the call that would take the visitors' access back.
        sp.Server.Faults.RetryAfterSeconds = 0;
        sp.Server.Faults.Next(FakeGraph.FaultKind.Unavailable503, (method, path) =>
            method == "POST" && path.Contains("removeroleassignment", StringComparison.OrdinalIgnoreCase));
        var dying = sp.Target(sp.Options(maxRetries: 0));

        var died = () => new LibraryPublisher([new FakeDocumentSource("v2")], new LibraryOptions()).PublishAsync(Registers("Confidential"), AsOf, dying);

        await died.Should().ThrowAsync<OfficeInfraException>();
        sp.Server.Faults.Clear();
        sp.Server.Library.EffectivePermissions("Ops").Should().Contain(("Ops Visitors", "Read"), "the run died before taking it back");

        await Publish(sp, Registers("Confidential"), version: "v2");

        sp.Server.Library.EffectivePermissions("Ops").Should().BeEquivalentTo(Expected["Confidential"]);
    }

    private static RegisterSet Registers(string access, string[]? members = null) => new RegisterSetBuilder()
        .Add(new Department("Ops", "Boss", access, ["Owners"], members ?? ["Members", "helper@contoso.com"], ["Visitors"]))
        .Role("Boss", "Ops")
        .Task("Run the shop", "Ops", role: "Boss")
        .Build();

    private static Task<LibraryRunResult> Publish(FakeSharePoint sp, RegisterSet registers, bool prune = false, string version = "v1") =>
        new LibraryPublisher([new FakeDocumentSource(version)], new LibraryOptions { PrunePermissions = prune })
            .PublishAsync(registers, AsOf, sp.Target());
}
