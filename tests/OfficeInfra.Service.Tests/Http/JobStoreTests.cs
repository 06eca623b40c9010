using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OfficeInfra.Service.Http;
using OfficeInfra.Service.Http.Jobs;
using OfficeInfra.Service.Tests.Support;

namespace OfficeInfra.Service.Tests.Http;

public sealed class JobStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
    private readonly JobStore _store;

    public JobStoreTests() => _store = new JobStore(
        Options.Create(new JobOptions { Folder = _folder.Path, RetainFor = TimeSpan.FromMinutes(10) }), _time, NullLogger<JobStore>.Instance);

    public void Dispose() => _folder.Dispose();

    private Job NewJob(string owner = "local") =>
        new(JobKind.Generate, owner, "corr", _folder.Path, (_, _, _) => throw new InvalidOperationException(), _time);

    [Fact]
    public void Sweep_FinishedJobPastRetention_ForgetsItAndDeletesItsFolder()
    {
        var job = NewJob();
        _store.Add(job);
        Directory.CreateDirectory(job.Folder);
        job.Fail(new JobError("x", "y"), _time.GetUtcNow());

        _time.Advance(TimeSpan.FromMinutes(9));
        _store.Sweep().Should().Be(0);
        _store.Find(job.Id, "local").Should().NotBeNull();

        _time.Advance(TimeSpan.FromMinutes(2));
        _store.Sweep().Should().Be(1);
        _store.Find(job.Id, "local").Should().BeNull();
        Directory.Exists(job.Folder).Should().BeFalse();
    }

    [Fact]
    public void Add_MoreFinishedJobsThanTheLimit_ForgetsTheOldestAndDeletesTheirFolders()
    {
        var store = new JobStore(Options.Create(new JobOptions { Folder = _folder.Path, MaxRetained = 2 }), _time, NullLogger<JobStore>.Instance);
        var running = NewJob();
        store.Add(running);
        running.TryStart();
        var finished = new List<Job>();
        for (var i = 0; i < 4; i++)
        {
            var job = NewJob();
            store.Add(job);
            Directory.CreateDirectory(job.Folder);
            job.Fail(new JobError("x", "y"), _time.GetUtcNow());
            finished.Add(job);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        store.Add(NewJob());

        finished.Select(j => store.Find(j.Id, "local") is not null).Should().Equal(false, false, true, true);
        finished.Select(j => Directory.Exists(j.Folder)).Should().Equal(false, false, true, true);
        store.Find(running.Id, "local").Should().NotBeNull("a running job is never forgotten");
    }

    [Fact]
    public void Sweep_RunningJob_IsKeptHoweverOld()
    {
        var job = NewJob();
        _store.Add(job);
        job.TryStart();

        _time.Advance(TimeSpan.FromDays(1));

        _store.Sweep().Should().Be(0);
        _store.Find(job.Id, "local").Should().NotBeNull();
    }

    [Fact]
    public void Sweep_LeftoverFolders_DeletesOnlyJobShapedOnes()
    {
        var orphan = Directory.CreateDirectory(Path.Combine(_folder.Path, "0123456789abcdef0123456789abcdef"));
        var other = Directory.CreateDirectory(Path.Combine(_folder.Path, "my-records"));
        Directory.SetLastWriteTimeUtc(orphan.FullName, _time.GetUtcNow().UtcDateTime.AddHours(-1));
        Directory.SetLastWriteTimeUtc(other.FullName, _time.GetUtcNow().UtcDateTime.AddHours(-1));

        _store.Sweep();

        Directory.Exists(orphan.FullName).Should().BeFalse();
        Directory.Exists(other.FullName).Should().BeTrue();
    }

    [Fact]
    public void Find_SomeoneElsesJob_IsNull()
    {
        var job = NewJob(owner: "tenant/alice");
        _store.Add(job);

        _store.Find(job.Id, "tenant/bob").Should().BeNull();
        _store.Find(job.Id, "tenant/alice").Should().BeSameAs(job);
    }

    [Fact]
    public void NewJobs_HaveDistinctUnguessableIds()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => NewJob().Id).ToList();

        ids.Should().OnlyHaveUniqueItems().And.AllSatisfy(id => id.Should().MatchRegex("^[0-9a-f]{32}$"));
    }
}
