using System.Text.Json.Nodes;
using OfficeInfra.Publishing.Local;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Tests.Support;
using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;

namespace OfficeInfra.Publishing.Tests.Local;

/// <summary>
/// A department folder never grants more than its access level says (SPEC §3), as the local library records it in
/// manifest.json: exactly the level's grants after publishing; a grant someone added by hand is drift, reported and
/// kept until pruning; a managed principal raised above its role is put back; and when the registers stop giving a
/// grant the product made (principal removed, level lowered) the grant goes, pruning or not.
/// </summary>
public sealed class FolderPermissionTests : IDisposable
{
    private const string Everyone = "Everyone except external users";
    private static readonly DateOnly AsOf = new(2026, 12, 1);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string[]> Levels => new()
    {
        { "Public", ["owners@x=owner", "team@x=write", "helper@x=write", $"{Everyone}=read"] },
        { "Internal", ["owners@x=owner", "team@x=write", "helper@x=write", "staff@x=read"] },
        { "Confidential", ["owners@x=owner", "team@x=write", "helper@x=write"] },
        { "Restricted", ["owners@x=owner"] },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public async Task Publish_AccessLevel_FolderGrantsAreExactlyTheLevels(string access, string[] expected)
    {
        var result = await Publish(Registers(access));

        Grants().Should().BeEquivalentTo(expected);
        result.Plan.Permissions.Single().Should().Match<PlannedPermissions>(p => p.BreakInheritance && p.Drift.Count == 0);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public async Task Publish_GrantAddedByHand_ReportedAsDriftAndRemovedOnlyWithPrune(string access, string[] expected)
    {
        await Publish(Registers(access));
        EditGrants(grants => grants.Add(new JsonObject { ["principal"] = "intruder@x", ["role"] = "owner" }));

        var kept = await Publish(Registers(access));

        kept.Plan.Permissions.Single().Drift.Should().Equal(new Grant("intruder@x", GrantRole.Owner));
        Grants().Should().BeEquivalentTo([.. expected, "intruder@x=owner"], "without pruning drift is only reported");

        var pruned = await Publish(Registers(access), prune: true);

        pruned.Plan.Permissions.Single().Remove.Should().Equal(new Grant("intruder@x", GrantRole.Owner));
        Grants().Should().BeEquivalentTo(expected);
    }

    [Theory]
    [InlineData("Public", "team@x", "write", "owner")]
    [InlineData("Internal", "staff@x", "read", "write")]
    [InlineData("Confidential", "team@x", "write", "owner")]
    public async Task Publish_ManagedGrantRaisedByHand_PutBackToTheLevelsRoleWithoutPrune(string access, string principal, string role, string raised)
    {
        await Publish(Registers(access));
        EditGrants(grants => grants.Single(g => (string?)g!["principal"] == principal)!["role"] = raised);

        var result = await Publish(Registers(access));

        result.Plan.Permissions.Single().Remove.Select(g => $"{g.Principal}={g.Role}".ToLowerInvariant()).Should().Equal($"{principal}={raised}");
        Grants().Should().BeEquivalentTo(Levels.Single(l => (string)l[0] == access)[1] as string[]);
        Grants().Should().Contain($"{principal}={role}");
    }

    [Theory]
    [InlineData("Public")]
    [InlineData("Internal")]
    [InlineData("Confidential")]
    public async Task Publish_MemberRemovedFromTheRegister_LosesTheGrantWithoutPrune(string access)
    {
        await Publish(Registers(access));
        EditGrants(grants => grants.Add(new JsonObject { ["principal"] = "intruder@x", ["role"] = "read" }));
        await Publish(Registers(access));

        var result = await Publish(Registers(access, members: ["team@x"]));

        result.Plan.Permissions.Single().Remove.Should().Equal(new Grant("helper@x", GrantRole.Write));
        Grants().Should().NotContain(g => g.StartsWith("helper@x", StringComparison.Ordinal), "the registers no longer give it");
        Grants().Should().Contain("intruder@x=read", "a hand-made grant is still only reported");
    }

    [Theory]
    [InlineData("Public", "Internal")]
    [InlineData("Public", "Restricted")]
    [InlineData("Internal", "Confidential")]
    [InlineData("Confidential", "Restricted")]
    public async Task Publish_AccessLevelLowered_GrantsTheOldLevelGaveAreGoneWithoutPrune(string from, string to)
    {
        await Publish(Registers(from));

        var result = await Publish(Registers(to));

        Grants().Should().BeEquivalentTo(Levels.Single(l => (string)l[0] == to)[1] as string[]);
        result.Plan.Permissions.Single().Drift.Should().BeEmpty("grants the product made are not drift");
        var manifest = JsonNode.Parse(File.ReadAllBytes(_folder["manifest.json"]))!;
        manifest["folders"]![0]!["access"]!.GetValue<string>().Should().Be(to);
    }

    [Fact]
    public async Task Publish_AccessLevelRaisedThenLowered_EndsExactlyAtTheLowerLevel()
    {
        await Publish(Registers("Restricted"));
        await Publish(Registers("Public"));

        await Publish(Registers("Restricted"));

        Grants().Should().Equal("owners@x=owner");
    }

    private static RegisterSet Registers(string access, string[]? members = null) => new RegisterSetBuilder()
        .Add(new Department("Ops", "Boss", access, ["owners@x"], members ?? ["team@x", "helper@x"], ["staff@x"]))
        .Role("Boss", "Ops")
        .Task("Run the shop", "Ops", role: "Boss")
        .Build();

    private Task<LibraryRunResult> Publish(RegisterSet registers, bool prune = false) =>
        new LibraryPublisher([new FakeDocumentSource()], new LibraryOptions { PruneDocuments = prune, PrunePermissions = prune })
            .PublishAsync(registers, AsOf, new LocalLibraryTarget(_folder.Path));

    /// <summary>The department folder's grants as manifest.json records them, as "principal=role".</summary>
    private List<string> Grants()
    {
        var manifest = JsonNode.Parse(File.ReadAllBytes(_folder["manifest.json"]))!;
        return manifest["folders"]!.AsArray().Single()!["grants"]!.AsArray()
            .Select(g => $"{g!["principal"]!.GetValue<string>()}={g["role"]!.GetValue<string>()}").ToList();
    }

    /// <summary>Edits the folder's grants in manifest.json by hand, as a person with the file open would.</summary>
    private void EditGrants(Action<JsonArray> edit)
    {
        var manifest = JsonNode.Parse(File.ReadAllBytes(_folder["manifest.json"]))!;
        edit(manifest["folders"]!.AsArray().Single()!["grants"]!.AsArray());
        File.WriteAllText(_folder["manifest.json"], manifest.ToJsonString());
    }
}
