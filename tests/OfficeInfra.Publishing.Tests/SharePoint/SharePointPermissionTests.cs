using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>Access levels become real permissions on the department folders, and drift is only removed when asked.</summary>
public sealed class SharePointPermissionTests
{
    public static TheoryData<AccessLevel, string[]> Levels => new()
    {
        { AccessLevel.Public, ["Everyone except external users:Read", "Ops Members:Contribute", "Ops Owners:Full Control"] },
        { AccessLevel.Internal, ["Ops Members:Contribute", "Ops Owners:Full Control", "Ops Visitors:Read"] },
        { AccessLevel.Confidential, ["Ops Members:Contribute", "Ops Owners:Full Control"] },
        { AccessLevel.Restricted, ["Ops Owners:Full Control"] },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public async Task ApplyAsync_AccessLevel_FolderHasExactlyItsRolesWithInheritanceBroken(AccessLevel access, string[] expected)
    {
        await using var sp = await FakeSharePoint.StartAsync();
        await sp.PublishAsync(TestLibrary.Create());
        var folder = TestLibrary.Departments.Single(d => d.Access == access).Department;

        var library = sp.Server.Library;

        library.HasUniquePermissions(folder).Should().BeTrue();
        library.EffectivePermissions(folder).Select(p => $"{p.Principal}:{p.Role}").Should().BeEquivalentTo(expected);
        // Sub-folders inherit from the department folder, so they carry exactly the same.
        library.HasUniquePermissions($"{folder}/Job Descriptions").Should().BeFalse();
        library.EffectivePermissions($"{folder}/Job Descriptions").Should().BeEquivalentTo(library.EffectivePermissions(folder));
    }

    [Fact]
    public async Task ApplyAsync_GrantAddedByHand_ReportedAsDriftAndKeptWithoutPruning()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create();
        await sp.PublishAsync(desired);
        sp.Server.Library.GrantByHand("Board", "Ops Visitors", "Read");

        var plan = await sp.PublishAsync(desired, prune: false);

        plan.Permissions.Single(p => p.Path == "Board").Drift.Should().Equal(new Grant("Visitors", GrantRole.Read));
        sp.Server.Library.EffectivePermissions("Board").Should().Contain(("Ops Visitors", "Read"));
    }

    [Fact]
    public async Task ApplyAsync_GrantAddedByHandAndPruning_Removed()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create();
        await sp.PublishAsync(desired);
        sp.Server.Library.GrantByHand("Board", "Ops Visitors", "Read");

        await sp.PublishAsync(desired, prune: true);

        sp.Server.Library.EffectivePermissions("Board").Should().Equal(("Ops Owners", "Full Control"));
        (await sp.Target().ReadAsync()).Folders.Single(f => f.Path == "Board").Grants.Should().Equal(new Grant("Owners", GrantRole.Owner));
    }

    [Fact]
    public async Task ApplyAsync_UserPrincipal_ResolvedWithEnsureUser()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create();
        desired = desired with
        {
            Folders = desired.Folders.Select(f => f.Path == "Board"
                ? f with { Grants = [.. f.Grants, new Grant("chair@contoso.com", GrantRole.Read)] } : f).ToList(),
        };

        await sp.PublishAsync(desired);

        sp.Server.Library.EffectivePermissions("Board").Should().Contain(("chair", "Read"));
        (await sp.Target().ReadAsync()).Folders.Single(f => f.Path == "Board").Grants.Should().Contain(new Grant("chair@contoso.com", GrantRole.Read));
    }
}
