using System.Text.Json;
using OfficeInfra.Publishing.Local;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Tests.Support;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Publishing.Tests.Local;

public sealed class LocalLibraryTargetTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);
    private readonly TempFolder _folder = new();
    private readonly RegisterSet _sample = SampleOrganisation.Create();

    public void Dispose() => _folder.Dispose();

    private static LibraryPublisher Publisher(string version = "v1", bool prune = false) =>
        new([new FakeDocumentSource(version)], new LibraryOptions { PruneDocuments = prune });

    private Task<LibraryRunResult> Publish(RegisterSet registers, string version = "v1", bool prune = false, LocalLibraryTarget? target = null) =>
        Publisher(version, prune).PublishAsync(registers, AsOf, target ?? new LocalLibraryTarget(_folder.Path));

    [Fact]
    public async Task Publish_EmptyFolder_WritesTheLibraryAndItsManifest()
    {
        var result = await Publish(_sample);

        result.Applied.Should().BeTrue();
        File.Exists(_folder["Org Chart.pptx"]).Should().BeTrue();
        Directory.Exists(_folder["Operations/Records"]).Should().BeTrue();
        Directory.EnumerateFiles(_folder["Operations/Records"], "*", SearchOption.AllDirectories).Should().BeEmpty();
        foreach (var process in _sample.Processes)
        {
            Directory.Exists(_folder[$"{process.Department}/Records/{process.Name}"]).Should().BeTrue(process.Name);
        }
        Directory.Exists(_folder[".officeinfra"]).Should().BeFalse("staging and journal are gone after a run");
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(_folder["manifest.json"]));
        var documents = manifest.RootElement.GetProperty("documents").EnumerateArray().ToList();
        documents.Should().HaveCount(result.Desired.Documents.Count);
        documents.Should().Contain(d => d.GetProperty("kind").GetString() == "org-chart" && d.GetProperty("department").ValueKind == JsonValueKind.Null
            && d.GetProperty("path").GetString() == "Org Chart.pptx" && d.GetProperty("sha256").GetString()!.Length == 64);
        var operations = manifest.RootElement.GetProperty("folders").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "Operations");
        operations.GetProperty("access").GetString().Should().NotBeNullOrEmpty();
        operations.GetProperty("grants").EnumerateArray().Select(g => g.GetProperty("role").GetString())
            .Should().NotBeEmpty().And.BeSubsetOf(["owner", "write", "read"]);
        manifest.RootElement.GetProperty("stale").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Publish_TwiceInARow_SecondRunChangesNothing()
    {
        await Publish(_sample);
        var before = _folder.Contents();

        var second = await Publish(_sample);

        second.Plan.IsEmpty.Should().BeTrue();
        second.Applied.Should().BeFalse();
        _folder.Contents().Should().Equal(before);
    }

    [Fact]
    public async Task Publish_UsersOwnFiles_AreNeverTouched()
    {
        await Publish(_sample);
        File.WriteAllText(_folder["Operations/Records/Minutes 2026.docx"], "mine");
        var role = _sample.Roles.First(r => r.Department == "Marketing");
        File.WriteAllText(_folder["notes.txt"], "mine too");

        await Publish(_sample, version: "v2", prune: true);

        File.ReadAllText(_folder["Operations/Records/Minutes 2026.docx"]).Should().Be("mine");
        File.ReadAllText(_folder["notes.txt"]).Should().Be("mine too");
        File.ReadAllText(_folder[$"Marketing/Job Descriptions/{role.Title}.docx"]).Should().EndWith("v2");
    }

    [Fact]
    public async Task Publish_UsersFileWhereADocumentBelongs_IsAConflictLeftAlone()
    {
        var role = _sample.Roles[0];
        var path = $"{role.Department}/Job Descriptions/{role.Title}.docx";
        Directory.CreateDirectory(Path.GetDirectoryName(_folder[path])!);
        File.WriteAllText(_folder[path], "HR's own version");

        var result = await Publish(_sample);

        result.Plan.Documents.Should().ContainSingle(d => d.Path == path).Which.Change.Should().Be(DocumentChange.Conflict);
        File.ReadAllText(_folder[path]).Should().Be("HR's own version");
    }

    [Fact]
    public async Task Publish_RoleLeftTheRegisters_ItsDocumentIsReportedStaleNotDeleted()
    {
        await Publish(_sample);
        var gone = _sample.Roles.First(r => r.Department == "Marketing" && !_sample.Roles.Any(o => o.ReportsTo == r.Title));
        var path = $"Marketing/Job Descriptions/{gone.Title}.docx";
        var smaller = _sample with { Roles = [.. _sample.Roles.Where(r => r != gone)], Tasks = [.. _sample.Tasks.Where(t => t.Role != gone.Title)] };

        var result = await Publish(smaller, version: "v2");

        result.Plan.Documents.Should().ContainSingle(d => d.Path == path).Which.Change.Should().Be(DocumentChange.Stale);
        File.Exists(_folder[path]).Should().BeTrue();
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(_folder["manifest.json"]));
        manifest.RootElement.GetProperty("stale").EnumerateArray().Select(e => e.GetString()).Should().Equal(path);

        await Publish(smaller, version: "v2", prune: true);

        File.Exists(_folder[path]).Should().BeFalse("pruning deletes a stale document we produced");
    }

    [Fact]
    public async Task Publish_OnlyADocumentWentStale_ManifestSaysSoAndTheNextRunIsEmpty()
    {
        await Publish(_sample);
        var gone = _sample.Roles.First(r => r.Department == "Marketing" && !_sample.Roles.Any(o => o.ReportsTo == r.Title));
        var path = $"Marketing/Job Descriptions/{gone.Title}.docx";
        // The same version: every other document is byte-identical, so going stale is the run's only change.
        var smaller = _sample with { Roles = [.. _sample.Roles.Where(r => r != gone)], Tasks = [.. _sample.Tasks.Where(t => t.Role != gone.Title)] };

        var first = await Publish(smaller);
        var second = await Publish(smaller);

        first.Plan.NewlyStale.Should().Equal(path);
        first.Applied.Should().BeTrue("the manifest must stop listing the document as current");
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(_folder["manifest.json"]));
        manifest.RootElement.GetProperty("stale").EnumerateArray().Select(e => e.GetString()).Should().Equal(path);
        manifest.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("path").GetString()).Should().NotContain(path);
        second.Plan.IsEmpty.Should().BeTrue();
        File.Exists(_folder[path]).Should().BeTrue();
    }

    [Fact]
    public async Task Publish_SameInputsIntoTwoFolders_GiveIdenticalDocuments()
    {
        using var other = new TempFolder();
        await Publish(_sample);
        await Publish(_sample, target: new LocalLibraryTarget(other.Path));

        static IEnumerable<KeyValuePair<string, string>> WithoutManifest(SortedDictionary<string, string> c) => c.Where(kv => kv.Key != "manifest.json");
        WithoutManifest(other.Contents()).Should().Equal(WithoutManifest(_folder.Contents()));
    }

    [Theory]
    [InlineData("stage", 1)]
    [InlineData("stage", 20)]
    [InlineData("commit", 1)]
    public async Task Publish_FailingBeforeTheCommit_LeavesTheLibraryAsItWas(string step, int failAt)
    {
        await Publish(_sample);
        File.WriteAllText(_folder["Operations/Records/keep.txt"], "mine");
        var before = _folder.Contents();
        var target = new LocalLibraryTarget(_folder.Path, Fail(step, failAt), null);

        var run = () => Publish(_sample, version: "v2", target: target);

        await run.Should().ThrowAsync<IOException>();
        _folder.Contents().Should().Equal(before);
        (await Publish(_sample, version: "v2")).Applied.Should().BeTrue("a run after a failed one succeeds");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(30)]
    public async Task Publish_DyingWhileMovingIntoPlace_IsFinishedByTheNextRead(int failAt)
    {
        await Publish(_sample);
        using var expected = new TempFolder();
        await Publish(_sample, version: "v2", target: new LocalLibraryTarget(expected.Path));
        var target = new LocalLibraryTarget(_folder.Path, Fail("move", failAt), null);

        var run = () => Publish(_sample, version: "v2", target: target);

        await run.Should().ThrowAsync<IOException>();
        var snapshot = await new LocalLibraryTarget(_folder.Path).ReadAsync();
        snapshot.Documents.Should().OnlyContain(d => d.ProducedByUs);
        static IEnumerable<KeyValuePair<string, string>> WithoutManifest(SortedDictionary<string, string> c) => c.Where(kv => kv.Key != "manifest.json");
        WithoutManifest(_folder.Contents()).Should().Equal(WithoutManifest(expected.Contents()));
        (await Publish(_sample, version: "v2")).Plan.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public async Task Publish_DyingWhileMovingIntoPlaceThenLibraryFolderMoved_IsStillFinishedByTheNextRead()
    {
        await Publish(_sample);
        using var expected = new TempFolder();
        await Publish(_sample, target: new LocalLibraryTarget(expected.Path));
        await Publish(_sample, version: "v2", target: new LocalLibraryTarget(expected.Path));
        var target = new LocalLibraryTarget(_folder.Path, Fail("move", 7), null);
        await ((Func<Task>)(() => Publish(_sample, version: "v2", target: target))).Should().ThrowAsync<IOException>();
        // After the crash the folder is renamed, or reached through another mount or drive letter.
        using var elsewhere = new TempFolder();
        var moved = Path.Combine(elsewhere.Path, "Library (moved)");
        Directory.Move(_folder.Path, moved);

        await new LocalLibraryTarget(moved).ReadAsync();

        static IEnumerable<KeyValuePair<string, string>> WithoutManifest(SortedDictionary<string, string> c) => c.Where(kv => kv.Key != "manifest.json");
        WithoutManifest(elsewhere.Contents(moved)).Should().Equal(WithoutManifest(expected.Contents()));
        LibraryManifestOf(moved).Should().Be(LibraryManifestOf(expected.Path));
    }

    [Fact]
    public async Task Publish_RegistersWithErrors_WritesNothing()
    {
        var broken = new RegisterSetBuilder().Department("Ops").Role("Boss", "Nowhere").Build();

        var run = () => Publish(broken);

        (await run.Should().ThrowAsync<OfficeInfraException>()).Which.Kind.Should().Be(ErrorKind.RegistersHaveErrors);
        Directory.EnumerateFileSystemEntries(_folder.Path).Should().BeEmpty();
    }

    [Fact]
    public async Task Read_DamagedManifest_RefusesWithOneSentence()
    {
        await Publish(_sample);
        File.WriteAllText(_folder["manifest.json"], "{ not json");

        var read = () => new LocalLibraryTarget(_folder.Path).ReadAsync();

        (await read.Should().ThrowAsync<OfficeInfraException>()).Which.Message.Should().Contain("manifest.json is damaged");
    }

    /// <summary>The manifest's documents and folders (its generation time aside).</summary>
    private static string LibraryManifestOf(string library)
    {
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(library, "manifest.json")))!.AsObject();
        manifest.Remove("generatedAt");
        return manifest.ToJsonString();
    }

    [Fact]
    public async Task Publish_WithRecords_ReadsThemOnceForThePlanAndTheApply()
    {
        await Publish(_sample);
        var reads = 0;
        var target = new LocalLibraryTarget(_folder.Path, step => reads += step == "records read" ? 1 : 0, null);

        var result = await Publish(_sample, version: "v2", target: target);

        result.Applied.Should().BeTrue();
        reads.Should().Be(1, "the records the plan was made from are the ones the apply follows on from");
    }

    [Fact]
    public async Task Publish_RecordsReplacedBetweenPlanAndApply_AppliesOnTheReplacedRecords()
    {
        await Publish(_sample);
        using var other = new TempFolder();
        await Publish(_sample, version: "v2", target: new LocalLibraryTarget(other.Path));
        var replacement = File.ReadAllBytes(other["manifest.json"]);
        var reads = 0;
        var target = new LocalLibraryTarget(_folder.Path, step =>
        {
            // Another run replaces the records right after this one planned from them.
            if (step == "records read" && ++reads == 1)
            {
                File.WriteAllBytes(_folder["manifest.json"], replacement);
            }
        }, null);

        await Publish(_sample, version: "v2", target: target);

        reads.Should().Be(2, "records replaced since the plan are read again");
    }

    private static Action<string> Fail(string step, int at)
    {
        var count = 0;
        return s =>
        {
            if (s == step && ++count == at) throw new IOException($"Simulated failure at {step} #{at}.");
        };
    }
}
