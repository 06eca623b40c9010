using OfficeInfra.Publishing.Planning;
using OfficeInfra.Service.Http;
using OfficeInfra.Service.Http.Jobs;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http.Jobs;

/// <summary>
/// What every job store promises, whichever database is underneath: <see cref="SqliteJobStoreTests"/> and
/// <see cref="Cluster.PostgresJobStoreTests"/> run these same tests against the two implementations.
/// </summary>
public abstract class JobStoreContract : IDisposable
{
    private readonly List<IJobStore> _opened = [];

    protected TempFolder Folder { get; } = new();

    protected ManualTime Time { get; } = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    /// <summary>A store on the test's folder (and database); a second call is another service reading the same jobs after a restart.</summary>
    private protected abstract IJobStore Open(JobOptions options);

    public virtual void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private protected IJobStore Store(int maxRetained = 500)
    {
        var store = Open(new JobOptions { Folder = Folder.Path, RetainFor = TimeSpan.FromMinutes(10), MaxRetained = maxRetained });
        _opened.Add(store);
        return store;
    }

    private protected Job NewJob(string owner = "local") =>
        new(JobKind.Generate, owner, "corr", Folder.Path, (_, _, _) => throw new InvalidOperationException(), Time) { Request = "{}" };

    private Job Added(IJobStore store, string owner = "local")
    {
        var job = NewJob(owner);
        store.TryAdd(job, maxPerCaller: 100, queueCapacity: 100).Should().Be(Admission.Queued);
        return job;
    }

    private void Finish(IJobStore store, Job job)
    {
        job.TryStart();
        store.Save(job);
        job.Succeed(new JobResult(true, [], new LibraryPlan(["Ops"], [], []), "/zip"), Time.GetUtcNow());
        store.Save(job);
    }

    [Fact]
    public void FinishedJob_ReadAfterARestart_HasItsResultAndOwner()
    {
        var store = Store();
        var job = Added(store, owner: "tenant/alice");
        Finish(store, job);
        store.Dispose();

        var reopened = Store();

        reopened.Find(job.Id, "tenant/alice")!.Snapshot().Should().BeEquivalentTo(job.Snapshot());
        reopened.Find(job.Id, "tenant/bob").Should().BeNull("only its owner sees a job");
    }

    [Fact]
    public void Find_UnknownId_IsNull() => Store().Find("0123456789abcdef0123456789abcdef", "local").Should().BeNull();

    [Fact]
    public void TryAdd_CallerWithTheirLimitUnfinished_IsRefusedWhileOthersAreNot()
    {
        var store = Store();
        store.TryAdd(NewJob("alice"), maxPerCaller: 2, queueCapacity: 10).Should().Be(Admission.Queued);
        store.TryAdd(NewJob("alice"), maxPerCaller: 2, queueCapacity: 10).Should().Be(Admission.Queued);

        store.TryAdd(NewJob("alice"), maxPerCaller: 2, queueCapacity: 10).Should().Be(Admission.CallerAtLimit);
        store.TryAdd(NewJob("bob"), maxPerCaller: 2, queueCapacity: 10).Should().Be(Admission.Queued);
        store.CountQueued().Should().Be(3);
    }

    [Fact]
    public void TryAdd_QueueAtCapacity_IsRefusedUntilAJobStarts()
    {
        var store = Store();
        var first = NewJob("alice");
        store.TryAdd(first, maxPerCaller: 5, queueCapacity: 1).Should().Be(Admission.Queued);

        store.TryAdd(NewJob("bob"), maxPerCaller: 5, queueCapacity: 1).Should().Be(Admission.QueueFull);

        first.TryStart();
        store.Save(first);
        store.TryAdd(NewJob("bob"), maxPerCaller: 5, queueCapacity: 1).Should().Be(Admission.Queued);
    }

    [Fact]
    public void Cancel_QueuedJob_IsCancelledAtOnce()
    {
        var store = Store();
        var job = Added(store);

        store.Cancel(store.Find(job.Id, "local")!, Time.GetUtcNow()).Should().BeTrue();

        var seen = store.Find(job.Id, "local")!.Snapshot();
        seen.Status.Should().Be(JobStatus.Cancelled);
        seen.Error!.Title.Should().Be("Cancelled");
        store.CountQueued().Should().Be(0);
    }

    [Fact]
    public void Cancel_FinishedJob_IsFalseAndChangesNothing()
    {
        var store = Store();
        var job = Added(store);
        Finish(store, job);

        store.Cancel(store.Find(job.Id, "local")!, Time.GetUtcNow()).Should().BeFalse();

        store.Find(job.Id, "local")!.Snapshot().Status.Should().Be(JobStatus.Succeeded);
    }

    [Fact]
    public void Forget_JobWithFiles_RemovesRecordAndFilesTogether()
    {
        var store = Store();
        var job = Added(store);
        Directory.CreateDirectory(job.Folder);
        File.WriteAllText(Path.Combine(job.Folder, "a.docx"), "x");
        Finish(store, job);

        store.Forget(store.Find(job.Id, "local")!);

        Directory.Exists(job.Folder).Should().BeFalse();
        Directory.EnumerateDirectories(Folder.Path).Should().BeEmpty("the renamed folder is deleted too");
        store.Find(job.Id, "local").Should().BeNull();
    }

    [Fact]
    public void Sweep_FinishedJobPastRetention_ForgetsItAndDeletesItsFolder()
    {
        var store = Store();
        var job = Added(store);
        Directory.CreateDirectory(job.Folder);
        Finish(store, job);

        Time.Advance(TimeSpan.FromMinutes(9));
        store.Sweep().Should().Be(0);
        store.Find(job.Id, "local").Should().NotBeNull();

        Time.Advance(TimeSpan.FromMinutes(2));
        store.Sweep().Should().Be(1);
        store.Find(job.Id, "local").Should().BeNull();
        Directory.Exists(job.Folder).Should().BeFalse();
    }

    [Fact]
    public void Sweep_RunningJob_IsKeptHoweverOld()
    {
        var store = Store();
        var job = Added(store);
        job.TryStart();
        store.Save(job);

        Time.Advance(TimeSpan.FromDays(1));

        store.Sweep().Should().Be(0);
        store.Find(job.Id, "local")!.Snapshot().Status.Should().Be(JobStatus.Running);
    }

    [Fact]
    public void FinishedJobsBeyondTheLimit_OldestAreForgottenWithTheirFolders()
    {
        var store = Store(maxRetained: 2);
        var running = Added(store);
        running.TryStart();
        store.Save(running);
        var finished = new List<Job>();
        for (var i = 0; i < 4; i++)
        {
            var job = Added(store);
            Directory.CreateDirectory(job.Folder);
            Finish(store, job);
            finished.Add(job);
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        // SQLite forgets them as new jobs arrive, PostgreSQL at the sweep: after both, the promise holds.
        Added(store);
        store.Sweep();

        finished.Select(j => store.Find(j.Id, "local") is not null).Should().Equal(false, false, true, true);
        finished.Select(j => Directory.Exists(j.Folder)).Should().Equal(false, false, true, true);
        store.Find(running.Id, "local").Should().NotBeNull("a running job is never forgotten");
    }
}
