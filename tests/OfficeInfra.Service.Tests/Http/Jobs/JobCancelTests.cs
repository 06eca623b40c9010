using System.Net;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http.Jobs;

public sealed class JobCancelTests : IDisposable
{
    private readonly ServiceFactory _service = new(new() { ["Jobs:Concurrency"] = "1" });

    public void Dispose() => _service.Dispose();

    private static StringContent Body() => Api.Run(RegisterSetBuilder.Valid().Build());

    [Fact]
    public async Task Delete_RunningJob_Answers202AndTheJobEndsCancelled()
    {
        var client = _service.CreateClient();
        _service.Runner.Hold();
        var location = (await client.PostAsync("/api/generate", Body())).Headers.Location!.ToString();
        await Api.Reached(client, location, "running");

        var answer = await client.DeleteAsync(location);

        answer.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await Api.ReadJson(answer)).GetProperty("id").GetString().Should().Be(location.Split('/')[^1]);
        var job = await Api.Reached(client, location, "cancelled");
        job.GetProperty("error").GetProperty("title").GetString().Should().Be("Cancelled");
        job.GetProperty("error").GetProperty("detail").GetString().Should().EndWith(".");
        job.GetProperty("finishedAt").GetDateTimeOffset().Should().BeAfter(job.GetProperty("createdAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Delete_QueuedJob_IsCancelledAtOnceAndNeverRuns()
    {
        var client = _service.CreateClient();
        _service.Runner.Hold();
        var first = (await client.PostAsync("/api/generate", Body())).Headers.Location!.ToString();
        await Api.Reached(client, first, "running");
        var second = (await client.PostAsync("/api/generate", Body())).Headers.Location!.ToString();

        var answer = await client.DeleteAsync(second);

        answer.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await Api.ReadJson(answer)).GetProperty("status").GetString().Should().Be("cancelled");
        _service.Runner.Release();
        (await Api.Finished(client, first)).GetProperty("status").GetString().Should().Be("succeeded");
        (await Api.ReadJson(await client.GetAsync(second))).GetProperty("status").GetString().Should().Be("cancelled");
        _service.Runner.Runs.Should().ContainSingle("the cancelled job never reached a worker's work");
    }

    [Fact]
    public async Task Delete_CancelledJob_FollowedByEvents_EndsWithDone()
    {
        var client = _service.CreateClient();
        _service.Runner.Hold();
        var location = (await client.PostAsync("/api/generate", Body())).Headers.Location!.ToString();
        await Api.Reached(client, location, "running");
        var reading = Api.Events(client, location + "/events");

        await client.DeleteAsync(location);

        var events = await reading;
        events[^1].Event.Should().Be("done");
        events[^1].Data.GetProperty("status").GetString().Should().Be("cancelled");
    }

    [Fact]
    public async Task Delete_FinishedJob_Answers204AndForgetsItWithItsFiles()
    {
        var client = _service.CreateClient();
        var location = (await client.PostAsync("/api/generate", Body())).Headers.Location!.ToString();
        await Api.Finished(client, location);
        var folder = Path.Combine(_service.JobsFolder, location.Split('/')[^1]);
        Directory.Exists(folder).Should().BeTrue();

        var answer = await client.DeleteAsync(location);

        answer.StatusCode.Should().Be(HttpStatusCode.NoContent);
        Directory.Exists(folder).Should().BeFalse();
        await Api.Problem(await client.GetAsync(location), 404);
        await Api.Problem(await client.DeleteAsync(location), 404);
    }

    [Fact]
    public async Task Delete_SomeoneElsesJob_Is404AndLeavesItRunning()
    {
        using var service = new ServiceFactory(ServiceFactory.Entra());
        var alice = service.CreateClient();
        alice.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Shared.Create(user: "alice"));
        var bob = service.CreateClient();
        bob.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Shared.Create(user: "bob"));
        service.Runner.Hold();
        var location = (await alice.PostAsync("/api/generate", Body())).Headers.Location!.ToString();

        var problem = await Api.Problem(await bob.DeleteAsync(location), 404);

        problem.GetProperty("title").GetString().Should().Be("Job not found");
        (await Api.ReadJson(await alice.GetAsync(location))).GetProperty("status").GetString().Should().BeOneOf("queued", "running");
        service.Runner.Release();
    }
}
