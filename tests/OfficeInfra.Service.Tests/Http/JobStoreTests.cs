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

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private Job NewJob(string owner = "local", string? folder = null) =>
        new(JobKind.Generate, owner, "corr", folder ?? _folder.Path, (_, _, _) => throw new InvalidOperationException(), _time);

    private JobStore Reopen()
    {
        _store.Dispose();
        return new JobStore(Options.Create(new JobOptions { Folder = _folder.Path }), _time, NullLogger<JobStore>.Instance);
    }

    [Fact]
    public void Reopen_FinishedJob_IsThereWithItsResult()
    {
        var job = NewJob(owner: "tenant/alice");
        _store.Add(job);
        job.TryStart();
        job.Succeed(new JobResult(true, [], new OfficeInfra.Publishing.Library.LibraryPlan([], [], []), "/zip"), _time.GetUtcNow());
        _store.Save(job);

        using var reopened = Reopen();

        var back = reopened.Find(job.Id, "tenant/alice")!.Snapshot();
        back.Should().BeEquivalentTo(job.Snapshot());
        reopened.Find(job.Id, "tenant/bob").Should().BeNull("the owner survives the restart");
    }

    [Theory]
    [InlineData(false, "before this job could start")]
    [InlineData(true, "while this job ran")]
    public void Reopen_UnfinishedJob_ComesBackFailedSayingWhy(bool started, string reason)
    {
        var job = NewJob();
        _store.Add(job);
        if (started)
        {
            job.TryStart();
            _store.Save(job);
        }

        using var reopened = Reopen();

        var back = reopened.Find(job.Id, "local")!.Snapshot();
        back.Status.Should().Be(JobStatus.Failed);
        back.Error!.Detail.Should().Contain(reason);
        back.FinishedAt.Should().Be(_time.GetUtcNow());
    }

    [Fact]
    public void SecondStore_OnTheSameFolder_IsRefusedInOneSentence()
    {
        var act = () => new JobStore(Options.Create(new JobOptions { Folder = _folder.Path }), _time, NullLogger<JobStore>.Instance);

        act.Should().Throw<OfficeInfraException>().Which.Message.Should().Contain("in use by another OfficeInfra service");
    }

    [Fact]
    public void Forget_JobWithFiles_DeletesRowAndFilesTogether()
    {
        var job = NewJob();
        _store.Add(job);
        Directory.CreateDirectory(job.Folder);
        File.WriteAllText(Path.Combine(job.Folder, "a.docx"), "x");
        job.Fail(new JobError("x", "y"), _time.GetUtcNow());

        _store.Forget(job);

        Directory.Exists(job.Folder).Should().BeFalse();
        Directory.EnumerateDirectories(_folder.Path).Should().BeEmpty();
        using var reopened = Reopen();
        reopened.Find(job.Id, "local").Should().BeNull();
    }

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
        using var store = new JobStore(Options.Create(new JobOptions { Folder = _folder.File("limited"), MaxRetained = 2 }), _time, NullLogger<JobStore>.Instance);
        var running = NewJob(folder: _folder.File("limited"));
        store.Add(running);
        running.TryStart();
        var finished = new List<Job>();
        for (var i = 0; i < 4; i++)
        {
            var job = NewJob(folder: _folder.File("limited"));
            store.Add(job);
            Directory.CreateDirectory(job.Folder);
            job.Fail(new JobError("x", "y"), _time.GetUtcNow());
            finished.Add(job);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        store.Add(NewJob(folder: _folder.File("limited")));

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
