using OfficeInfra.Publishing.Local;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Tests.Support;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Publishing.Tests.Local;

/// <summary>
/// The local library's records (<c>manifest.json</c>) name every department's documents and facts, Restricted ones
/// included, so on disk only the folder's owner reads them (0600), at every step of a run: the first, the upgrade of a
/// library an earlier version left readable, and a run that dies half way. The sample has a Restricted department.
/// </summary>
public sealed class LocalRecordsPrivacyTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode Everyone = OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private static readonly DateOnly AsOf = new(2026, 12, 1);
    private readonly TempFolder _folder = new();
    private readonly RegisterSet _sample = SampleOrganisation.Create();

    public void Dispose() => _folder.Dispose();

    private string Manifest => _folder["manifest.json"];

    private Task<LibraryRunResult> Publish(string version = "v1", LocalLibraryTarget? target = null) =>
        new LibraryPublisher([new FakeDocumentSource(version)], new LibraryOptions()).PublishAsync(_sample, AsOf, target ?? new LocalLibraryTarget(_folder.Path));

    [Fact]
    public async Task Publish_NewLibrary_RecordsReadableByTheOwnerOnlyAtEveryStep()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX modes only
        }
        _sample.Departments.Should().Contain(d => d.AccessLevel == AccessLevel.Restricted, "the records then name a Restricted department");
        var seen = new List<string>();

        await Publish(target: new LocalLibraryTarget(_folder.Path, step => seen.AddRange(OpenRecords(step)), null));

        File.GetUnixFileMode(Manifest).Should().Be(OwnerOnly);
        seen.Should().BeEmpty();
    }

    [Fact]
    public async Task Publish_RecordsAnEarlierVersionLeftReadable_MadePrivateThoughNoDocumentChanges()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        await Publish();
        File.SetUnixFileMode(Manifest, Everyone);
        var before = _folder.Contents();

        var upgrade = await Publish();
        var after = await Publish();

        upgrade.Plan.SecureRecords.Should().BeTrue();
        upgrade.Plan.Documents.Should().OnlyContain(d => d.Change == DocumentChange.Unchanged);
        File.GetUnixFileMode(Manifest).Should().Be(OwnerOnly);
        _folder.Contents().Where(kv => kv.Key != "manifest.json").Should().Equal(before.Where(kv => kv.Key != "manifest.json"));
        after.Plan.IsEmpty.Should().BeTrue("the records are private now");
    }

    [Theory]
    [InlineData("stage", 3)]
    [InlineData("commit", 1)]
    [InlineData("move", 5)]
    public async Task Publish_RunDiesHalfWayOverReadableRecords_NewRecordsNeverReadableByOthers(string step, int failAt)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        await Publish();
        File.SetUnixFileMode(Manifest, Everyone);
        var seen = new List<string>();
        var count = 0;
        var dying = new LocalLibraryTarget(_folder.Path, s =>
        {
            // The plan reads the records as an earlier version left them; what matters is every step of the apply.
            if (s != "records read")
            {
                seen.AddRange(OpenRecords(s));
            }
            if (s == step && ++count == failAt)
            {
                throw new IOException($"Simulated failure at {step} #{failAt}.");
            }
        }, null);

        var run = () => Publish("v2", dying);

        await run.Should().ThrowAsync<IOException>();
        seen.Should().BeEmpty();
        File.GetUnixFileMode(Manifest).Should().Be(OwnerOnly, "the records were closed before the run staged anything");
        await new LocalLibraryTarget(_folder.Path).ReadAsync();
        File.GetUnixFileMode(Manifest).Should().Be(OwnerOnly, "the records the next read moved into place");
        (await Publish("v2")).Plan.IsEmpty.Should().Be(step == "move", "a committed run is finished by the next read");
    }

    /// <summary>Every copy of the records in the library (in place or staged) and the work folder others could read now.</summary>
    private List<string> OpenRecords(string step)
    {
        var open = new List<string>();
        if (OperatingSystem.IsWindows())
        {
            return open;
        }
        foreach (var file in Directory.EnumerateFiles(_folder.Path, "manifest.json", SearchOption.AllDirectories))
        {
            if ((File.GetUnixFileMode(file) & ~UnixFileMode.UserRead & ~UnixFileMode.UserWrite) != 0)
            {
                open.Add($"{Path.GetRelativePath(_folder.Path, file)} readable by others at {step}");
            }
        }
        var work = Path.Combine(_folder.Path, ".officeinfra");
        if (Directory.Exists(work) && File.GetUnixFileMode(work) != (OwnerOnly | UnixFileMode.UserExecute))
        {
            open.Add($".officeinfra open to others at {step}");
        }
        return open;
    }
}
