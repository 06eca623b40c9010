using System.Text.Json;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Service.Http.Jobs;
using OfficeInfra.Service.Tests.Support;

namespace OfficeInfra.Service.Tests.Http;

public sealed class JobEventsTests
{
    private static readonly ManualTime Time = new(DateTimeOffset.UnixEpoch);

    private static Job NewJob() => new(JobKind.Generate, "local", "corr", Path.GetTempPath(), (_, _, _) => throw new InvalidOperationException(), Time);

    private static async Task<(string? Event, JsonElement Data)> Next(IAsyncEnumerator<System.Net.ServerSentEvents.SseItem<string>> events)
    {
        (await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue();
        using var data = JsonDocument.Parse(events.Current.Data);
        return (events.Current.EventType, data.RootElement.Clone());
    }

    [Fact]
    public async Task Stream_EveryStateChange_IsOneProgressEventThenDoneEndsIt()
    {
        var job = NewJob();
        await using var events = JobEvents.StreamAsync(job, CancellationToken.None).GetAsyncEnumerator();

        var queued = await Next(events);
        job.TryStart();
        var running = await Next(events);
        job.Report(new WorkProgress(1, 3));
        var first = await Next(events);
        job.Report(new WorkProgress(2, 3));
        var second = await Next(events);
        job.Succeed(new JobResult(true, [], new LibraryPlan([], [], [])), Time.GetUtcNow());
        var done = await Next(events);

        queued.Data.GetProperty("status").GetString().Should().Be("queued");
        running.Data.GetProperty("status").GetString().Should().Be("running");
        (first.Event, first.Data.GetProperty("done").GetInt32(), first.Data.GetProperty("total").GetInt32()).Should().Be(("progress", 1, 3));
        second.Data.GetProperty("done").GetInt32().Should().Be(2);
        done.Event.Should().Be("done");
        done.Data.GetProperty("status").GetString().Should().Be("succeeded");
        done.Data.GetProperty("progress").GetProperty("done").GetInt32().Should().Be(3);
        (await events.MoveNextAsync()).Should().BeFalse();
    }

    [Fact]
    public async Task Stream_FailedJob_DoneCarriesTheErrorSentence()
    {
        var job = NewJob();
        job.Fail(new JobError("The library target failed", "SharePoint refused the upload."), Time.GetUtcNow());
        await using var events = JobEvents.StreamAsync(job, CancellationToken.None).GetAsyncEnumerator();

        var done = await Next(events);

        done.Event.Should().Be("done");
        done.Data.GetProperty("error").GetProperty("detail").GetString().Should().Be("SharePoint refused the upload.");
    }
}
