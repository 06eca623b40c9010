using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Service.Http.LibraryRuns;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Cluster;

/// <summary>
/// Issue 17's scale-out acceptance: two instances sharing one PostgreSQL database and one job folder. A job started
/// on A is followed through B (status, events, files); the instance running a job is killed (SIGKILL) and another
/// takes the job over within the stated bound; two publishes to one library, from A and from B, never overlap.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class ScaleOutTests(PrivatePostgres postgres) : IDisposable
{
    /// <summary>README's bound for taking over a dead instance's job (check-in 2 s + grace 5 s, then the next check), with room for a loaded machine.</summary>
    private static readonly TimeSpan TakeoverBound = TimeSpan.FromSeconds(30);

    private readonly TempFolder _folder = new();
    private readonly string _database = postgres.NewDatabase();

    public void Dispose() => _folder.Dispose();

    private Dictionary<string, string> Environment(string name) => new()
    {
        ["HOME"] = _folder.File(name),
        ["OFFICEINFRA_Jobs__Store"] = "PostgreSql",
        ["OFFICEINFRA_Jobs__ConnectionString"] = _database,
        ["OFFICEINFRA_Jobs__Folder"] = _folder.File("shared-jobs"),
        ["OFFICEINFRA_Addin__Path"] = _folder.File("no-addin"),
        ["OFFICEINFRA_Jobs__Concurrency"] = "1",
    };

    [Fact]
    public async Task JobStartedOnA_IsFollowedThroughB_AndTakenOverWhenItsInstanceIsKilled()
    {
        var started = await Task.WhenAll(ServeProcess.StartAsync(Environment("a")), ServeProcess.StartAsync(Environment("b")));
        using var a = started[0];
        using var b = started[1];

        // Followed through B: the events, the status and every file, whichever instance ran it.
        var location = (await a.Client.PostAsync("/api/generate", Api.Run(SampleOrganisation.Create()))).Headers.Location!.ToString();
        var events = await Api.Events(b.Client, location + "/events");
        events[^1].Event.Should().Be("done", a.Output + b.Output);
        events[^1].Data.GetProperty("status").GetString().Should().Be("succeeded");
        var job = await Api.ReadJson(await b.Client.GetAsync(location));
        var documents = job.GetProperty("result").GetProperty("documents").EnumerateArray().ToList();
        documents.Should().NotBeEmpty();
        foreach (var document in documents)
        {
            var bytes = await b.Client.GetByteArrayAsync(document.GetProperty("url").GetString());
            Convert.ToHexStringLower(SHA256.HashData(bytes)).Should().Be(document.GetProperty("sha256").GetString());
        }
        (await b.Client.GetAsync(location + "/files.zip")).StatusCode.Should().Be(HttpStatusCode.OK);

        // Killed mid-job: the instance running it dies with SIGKILL, the other takes the job over and finishes it.
        // Large enough to be still running when its instance is killed: 300 roles finished in between once generation
        // got faster (the status read "succeeded" before the kill), and 1,200 did once in a full run (the survivor
        // recovered the job, found it succeeded and never started it: A had stored the result before it died).
        var big = SyntheticOrganisation.Create(roles: 3_000, tasks: 15_000, processes: 300);
        var running = (await a.Client.PostAsync("/api/generate", Api.Run(big))).Headers.Location!.ToString();
        var id = running.Split('/')[^1];
        var runner = await RunnerOf(id, a, b);
        var survivor = runner == a ? b : a;
        // Killed as soon as it runs there, with most of its work ahead of it: waiting for its first progress report as
        // well left too little on a loaded machine (the job finished on A before the kill, twice in full runs).
        var seen = await Api.ReadJson(await survivor.Client.GetAsync(running));
        for (var i = 0; i < 600 && seen.GetProperty("status").GetString() == "queued"; i++)
        {
            await Task.Delay(50);
            seen = await Api.ReadJson(await survivor.Client.GetAsync(running));
        }
        seen.GetProperty("status").GetString().Should().Be("running", "the job must still run when its instance is killed");
        runner.Kill();
        var killedAt = Stopwatch.StartNew();

        var taken = await FinishedWithin(survivor.Client, running, TakeoverBound + TimeSpan.FromSeconds(60));
        taken.GetProperty("status").GetString().Should().Be("succeeded", survivor.Output);
        (await survivor.OutputHolding($"Job {id} (Generate) started", TimeSpan.FromSeconds(10)))
            .Should().Contain($"Job {id} (Generate) started", "the survivor ran it again");
        killedAt.Elapsed.Should().BeLessThan(TakeoverBound + TimeSpan.FromSeconds(60));
        var first = taken.GetProperty("result").GetProperty("documents")[0];
        var download = await survivor.Client.GetByteArrayAsync(first.GetProperty("url").GetString());
        Convert.ToHexStringLower(SHA256.HashData(download)).Should().Be(first.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task PublishesToOneLibraryFromTwoInstances_NeverOverlap()
    {
        var runner = new TimedRunner();
        var settings = new Dictionary<string, string?>
        {
            ["Jobs:Store"] = "PostgreSql",
            ["Jobs:ConnectionString"] = _database,
            ["Jobs:Folder"] = _folder.File("shared-jobs"),
            ["Jobs:Concurrency"] = "2",
            ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/hr",
        };
        using var a = new ServiceFactory(settings, runner: runner);
        using var b = new ServiceFactory(settings, runner: runner);
        var (clientA, clientB) = (a.CreateClient(), b.CreateClient());
        var body = Api.Run(RegisterSetBuilder.Valid().Build());

        var posted = await Task.WhenAll(clientA.PostAsync("/api/publish", body), clientB.PostAsync("/api/publish", Api.Run(RegisterSetBuilder.Valid().Build())));
        foreach (var response in posted)
        {
            response.StatusCode.Should().Be(HttpStatusCode.Accepted);
            (await FinishedWithin(clientA, response.Headers.Location!.ToString(), TimeSpan.FromSeconds(60)))
                .GetProperty("status").GetString().Should().Be("succeeded");
        }

        var runs = runner.Runs.OrderBy(r => r.Start).ToList();
        runs.Should().HaveCount(2);
        runs[1].Start.Should().BeOnOrAfter(runs[0].End, "the second publish waits for the library until the first has finished");
    }

    // Which instance logged that it started the job: that is the one to kill.
    private static async Task<ServeProcess> RunnerOf(string id, params ServeProcess[] instances)
    {
        for (var i = 0; i < 600; i++)
        {
            if (instances.FirstOrDefault(p => p.Output.Contains($"Job {id} (Generate) started", StringComparison.Ordinal)) is { } runner)
            {
                return runner;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No instance started job {id}: {string.Join("\n", instances.Select(p => p.Output))}");
    }

    private static async Task<System.Text.Json.JsonElement> FinishedWithin(HttpClient client, string location, TimeSpan within)
    {
        var until = Stopwatch.StartNew();
        while (true)
        {
            var job = await Api.ReadJson(await client.GetAsync(location));
            if (job.GetProperty("status").GetString() is "succeeded" or "failed" or "cancelled" || until.Elapsed > within)
            {
                return job;
            }
            await Task.Delay(100);
        }
    }

    /// <summary>A library that takes a moment to publish and notes when each publish began and ended.</summary>
    private sealed class TimedRunner : ILibraryRunner
    {
        public List<(DateTimeOffset Start, DateTimeOffset End)> Runs { get; } = [];

        public async Task<LibraryRunResult> RunAsync(LibraryRun run, ILibraryTarget target, IProgress<WorkProgress> progress, CancellationToken cancellationToken)
        {
            var start = DateTimeOffset.UtcNow;
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            var end = DateTimeOffset.UtcNow;
            lock (Runs)
            {
                Runs.Add((start, end));
            }
            return new LibraryRunResult(new LibraryPlan([], [], []), new DesiredLibrary([], []), run.Apply);
        }
    }
}
