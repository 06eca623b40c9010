using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OfficeInfra.Service.Http;
using OfficeInfra.Service.Http.Jobs;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http;

/// <summary>What only the one-service SQLite store does (the shared promises are in <c>JobStoreContract</c>).</summary>
public sealed class JobStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
    private readonly SqliteJobStore _store;

    public JobStoreTests() => _store = new SqliteJobStore(
        Options.Create(new JobOptions { Folder = _folder.Path, RetainFor = TimeSpan.FromMinutes(10) }), _time, NullLogger<SqliteJobStore>.Instance);

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private Job NewJob(string owner = "local") =>
        new(JobKind.Generate, owner, "corr", _folder.Path, (_, _, _) => throw new InvalidOperationException(), _time);

    private SqliteJobStore Reopen()
    {
        _store.Dispose();
        return new SqliteJobStore(Options.Create(new JobOptions { Folder = _folder.Path }), _time, NullLogger<SqliteJobStore>.Instance);
    }

    [Theory]
    [InlineData(false, "before this job could start")]
    [InlineData(true, "while this job ran")]
    public void Reopen_UnfinishedJob_ComesBackFailedSayingWhy(bool started, string reason)
    {
        var job = NewJob();
        _store.TryAdd(job, 4, 32);
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
        var act = () => new SqliteJobStore(Options.Create(new JobOptions { Folder = _folder.Path }), _time, NullLogger<SqliteJobStore>.Instance);

        act.Should().Throw<OfficeInfraException>().Which.Message.Should().Contain("in use by another OfficeInfra service");
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
    public void Find_OwnJob_IsTheLiveJob()
    {
        var job = NewJob(owner: "tenant/alice");
        _store.TryAdd(job, 4, 32);

        _store.Find(job.Id, "tenant/alice").Should().BeSameAs(job);
    }

    [Fact]
    public void NewJobs_HaveDistinctUnguessableIds()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => NewJob().Id).ToList();

        ids.Should().OnlyHaveUniqueItems().And.AllSatisfy(id => id.Should().MatchRegex("^[0-9a-f]{32}$"));
    }
}
