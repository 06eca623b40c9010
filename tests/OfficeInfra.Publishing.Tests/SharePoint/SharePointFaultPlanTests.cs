using System.Security.Cryptography;
using System.Text.Json;
using OfficeInfra.FakeGraph;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Tests.Support;
using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>
/// The whole road (registers → product planner → SharePoint target) through a fake SharePoint that fails a seeded
/// share of requests with 429, 503, hangs past the client's timeout and cut connections: first into an empty library,
/// then an update (every document changed, a role gone and pruned, a process added, a member removed, one level
/// lowered). After each run the library is exactly what the plan said: the same files with the same bytes, no
/// duplicate, no lost document, the planned folders, every department folder holding exactly its planned roles,
/// and a manifest whose hashes match; planning again finds nothing to do.
/// </summary>
public sealed class SharePointFaultPlanTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    [Theory]
    [InlineData(7)]
    [InlineData(2026)]
    public async Task PublishAsync_RandomFaultsAtSeededRate_LibraryEqualsThePlanExactly(int seed)
    {
        await using var sp = await FakeSharePoint.StartAsync();
        sp.Server.Faults.RetryAfterSeconds = 0;
        // A hang outlasts the client's wait; both short, so the suite stays quick.
        sp.Server.Faults.TimeoutDelay = TimeSpan.FromSeconds(1);
        var options = sp.Options() with { RequestTimeout = TimeSpan.FromMilliseconds(250) };

        await using var clean = await FakeSharePoint.StartAsync();
        foreach (var library in new[] { sp, clean })
        {
            library.Server.Library.RetentionLabels.Add(SopLabel);
        }
        foreach (var (registers, version, deletes) in new[] { (Before(), "v1", 0), (After(), "v2", 1) })
        {
            sp.Server.ClearRequests();
            sp.Server.Faults.Random(0.15, seed);
            var publisher = new LibraryPublisher([new FakeDocumentSource(version)], new LibraryOptions
            {
                PruneDocuments = true,
                RetentionLabelsByType = new Dictionary<string, string> { ["sop"] = SopLabel },
            });

            var result = await publisher.PublishAsync(registers, AsOf, sp.Target(options));
            await publisher.PublishAsync(registers, AsOf, clean.Target());

            sp.Server.Requests.Select(r => r.Fault).OfType<FaultKind>().Distinct().Should().HaveCountGreaterThan(1, "the run must have met faults of several kinds");
            sp.Server.Faults.Clear();
            result.Plan.Documents.Count(d => d.Change == DocumentChange.Delete).Should().Be(deletes);
            LibraryMatches(sp, result);
            RecordsMatch(sp, clean);
            (await publisher.PlanAsync(registers, AsOf, sp.Target())).Plan.IsEmpty.Should().BeTrue("nothing is left to do");
        }
    }

    private static void LibraryMatches(FakeSharePoint sp, LibraryRunResult result)
    {
        var library = sp.Server.Library;
        var files = library.Files();
        files.Keys.Should().BeEquivalentTo(result.Desired.Documents.Select(d => d.Path).Append("manifest.json"), "no document lost, none left over");
        result.Desired.Documents.Should().OnlyContain(d => files[d.Path].SequenceEqual(d.Content));
        library.DuplicateNames().Should().Be(0);
        library.Folders().Should().Contain(LibraryLayout.FolderPaths(result.Desired));
        result.Plan.Documents.Where(d => d.Change == DocumentChange.Delete).Select(d => d.Path).Should().NotIntersectWith(files.Keys);

        foreach (var folder in result.Desired.Folders)
        {
            library.HasUniquePermissions(folder.Path).Should().BeTrue(folder.Path);
            library.EffectivePermissions(folder.Path).Should().BeEquivalentTo(folder.Grants.Select(AsSharePointShowsIt), folder.Path);
        }

        using var manifest = JsonDocument.Parse(files["manifest.json"]);
        var hashes = manifest.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("path").GetString()!, d => d.GetProperty("sha256").GetString()!);
        hashes.Should().BeEquivalentTo(result.Desired.Documents.ToDictionary(d => d.Path, d => Convert.ToHexStringLower(SHA256.HashData(d.Content))));
    }

    private const string SopLabel = "Quality – 3 years";

    /// <summary>Columns, column values, versions with their comments and retention labels: as a run without faults leaves them.</summary>
    private static void RecordsMatch(FakeSharePoint faulty, FakeSharePoint clean)
    {
        faulty.Server.Library.Columns.Should().BeEquivalentTo(clean.Server.Library.Columns);
        foreach (var path in clean.Server.Library.Files().Keys.Where(p => p != "manifest.json"))
        {
            var (got, want) = (faulty.Server.Library.File(path), clean.Server.Library.File(path));
            got.Fields.Should().BeEquivalentTo(want.Fields, path);
            got.Versions.Should().Equal(want.Versions, path);
            got.RetentionLabel.Should().Be(want.RetentionLabel, path);
            got.CheckedOut.Should().BeFalse(path);
        }
    }

    /// <summary>A planned grant as the fake site shows it: the associated group or user's title and the role's name.</summary>
    private static (string Principal, string Role) AsSharePointShowsIt(Grant grant) => (
        grant.Principal switch
        {
            "Owners" or "Members" or "Visitors" => $"Ops {grant.Principal}",
            var p when p.Contains('@', StringComparison.Ordinal) => p[..p.IndexOf('@', StringComparison.Ordinal)],
            var p => p,
        },
        grant.Role switch { GrantRole.Owner => "Full Control", GrantRole.Write => "Contribute", _ => "Read" });

    private static readonly (string Name, string Access)[] Departments =
        [("Communications", "Public"), ("Operations", "Internal"), ("Finance", "Confidential"), ("Board", "Restricted")];

    private static RegisterSet Before(bool after = false)
    {
        var builder = new RegisterSetBuilder();
        foreach (var (name, access) in Departments)
        {
            var lowered = after && name == "Operations" ? "Confidential" : access;
            string[] members = after && name == "Communications" ? ["Members"] : ["Members", $"lead.{name.ToLowerInvariant()}@contoso.com"];
            builder.Add(new Department(name, $"{name} head", lowered, ["Owners"], members, ["Visitors"]));
            builder.Role($"{name} head", name);
            for (var i = 1; i <= 3; i++)
            {
                if (!(after && name == "Finance" && i == 3))
                {
                    builder.Role($"{name} clerk {i}", name, reportsTo: $"{name} head");
                    builder.Task($"{name} task {i}", name, role: $"{name} clerk {i}", process: $"{name} routine", step: $"{i}");
                }
            }
            builder.Process($"{name} routine", name, owner: $"{name} head");
            if (after && name == "Board")
            {
                builder.Process("Board review", name, owner: $"{name} head");
                builder.Task("Review the year", name, role: $"{name} head", process: "Board review", step: "1");
            }
        }
        return builder.Build();
    }

    private static RegisterSet After() => Before(after: true);
}
