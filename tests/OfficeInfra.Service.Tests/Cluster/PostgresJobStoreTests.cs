using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Service.Http;
using OfficeInfra.Service.Http.Jobs;
using OfficeInfra.Service.Http.Jobs.Cluster;
using OfficeInfra.Service.Tests.Http.Jobs;
using OfficeInfra.Service.Tests.Support;

namespace OfficeInfra.Service.Tests.Cluster;

/// <summary>The job store contract held against the shared PostgreSQL store, and what sharing adds: two stores on one database are two instances.</summary>
[Collection(PostgresTests.Name)]
public sealed class PostgresJobStoreTests(PrivatePostgres postgres) : JobStoreContract
{
    private readonly string _database = postgres.NewDatabase();
    private readonly List<IDisposable> _owned = [];

    private protected override IJobStore Open(JobOptions options) => Instance(options, Time);

    public override void Dispose()
    {
        base.Dispose();
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }
    }

    private PostgresJobStore Instance(JobOptions? options = null, TimeProvider? time = null)
    {
        var data = NpgsqlDataSource.Create(_database);
        _owned.Add(data);
        return new PostgresJobStore(data, ClusterInstance.New(), Options.Create(options ?? new JobOptions { Folder = Folder.Path }), time ?? TimeProvider.System,
            NullLogger<PostgresJobStore>.Instance);
    }

    private async Task<JobChanges> ListeningAsync(PostgresJobStore store)
    {
        var changes = new JobChanges(Options.Create(new JobOptions { ConnectionString = _database }), store, TimeProvider.System, NullLogger<JobChanges>.Instance);
        _owned.Add(changes);
        await changes.StartAsync(CancellationToken.None);
        await changes.Listening.WaitAsync(TimeSpan.FromSeconds(30));
        return changes;
    }

    private static async Task Eventually(Func<bool> condition, TimeSpan within, string because)
    {
        var until = DateTime.UtcNow + within;
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(until, because);
            await Task.Delay(20);
        }
    }

    private Job RunnableJob(string owner, string? request = "{}") =>
        new(JobKind.Generate, owner, "corr", Folder.Path, (_, _, _) => throw new InvalidOperationException(), TimeProvider.System) { Request = request };

    [Fact]
    public async Task ProgressMadeOnOneInstance_ReachesAFollowerOnAnotherWithinASecond()
    {
        var a = Instance();
        var b = Instance();
        await ListeningAsync(b);
        var job = RunnableJob("alice");
        a.TryAdd(job, 4, 32).Should().Be(Admission.Queued);
        var followed = b.Find(job.Id, "alice")!;

        job.TryStart();
        a.Save(job);
        await Eventually(() => followed.Snapshot().Status == JobStatus.Running, TimeSpan.FromSeconds(1), "the start is written and notified at once");
        job.Report(new WorkProgress(3, 10));
        await Eventually(() => followed.Snapshot().Progress == new JobProgress(3, 10), TimeSpan.FromSeconds(1), "progress is written every 250 ms");
    }

    [Fact]
    public async Task CancelAskedOnAnotherInstance_StopsTheRunningJob()
    {
        var a = Instance();
        var b = Instance();
        await ListeningAsync(a);
        var job = RunnableJob("alice");
        a.TryAdd(job, 4, 32);
        job.TryStart();
        a.Save(job);

        b.Cancel(b.Find(job.Id, "alice")!, DateTimeOffset.UtcNow).Should().BeTrue();

        await Eventually(() => job.CancelRequested.IsCancellationRequested, TimeSpan.FromSeconds(2), "the running instance hears the cancel");
    }

    [Fact]
    public async Task JobOnlyItsInstanceCanRun_IsFailedOnceThatInstanceIsGone()
    {
        var a = Instance();
        var b = Instance();
        var presence = await ListeningAsync(a);
        var job = RunnableJob("alice", request: null);
        a.TryAdd(job, 4, 32);
        Holds().Should().BeTrue("the listener holds the presence lock");

        b.FailJobsOfGoneInstances().Should().Be(0, "its instance is alive");

        await presence.StopAsync(CancellationToken.None);
        presence.Dispose();

        // PostgreSQL frees the lock once it notices the closed connection, a moment later.
        var failedJobs = 0;
        await Eventually(() => (failedJobs += b.FailJobsOfGoneInstances()) > 0, TimeSpan.FromSeconds(10), "the gone instance's lock is freed");
        failedJobs.Should().Be(1);
        var failed = b.Find(job.Id, "alice")!.Snapshot();
        failed.Status.Should().Be(JobStatus.Failed);
        failed.Error!.Detail.Should().Contain("instance running this job stopped");
    }

    private bool Holds()
    {
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using var command = new NpgsqlCommand(
            $"""
            SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = {JobChanges.PresenceLock} AND objsubid = 2
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """, connection);
        return (long)command.ExecuteScalar()! > 0;
    }
}
