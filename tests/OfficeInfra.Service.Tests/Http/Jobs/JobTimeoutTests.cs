using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http.Jobs;

public sealed class JobTimeoutTests
{
    [Fact]
    public async Task Job_StuckPastTheTimeout_FailsTimedOutAndFreesItsWorker()
    {
        // One worker and work that ignores its token: only the timeout can free the worker for the next job.
        var stuck = new StuckLibraryRunner();
        using var service = new ServiceFactory(new() { ["Jobs:Concurrency"] = "1", ["Jobs:Timeout"] = "00:00:00.500" }, runner: stuck);
        var client = service.CreateClient();

        var first = (await client.PostAsync("/api/generate", Api.Run(RegisterSetBuilder.Valid().Build()))).Headers.Location!.ToString();
        var second = (await client.PostAsync("/api/generate", Api.Run(RegisterSetBuilder.Valid().Build()))).Headers.Location!.ToString();

        var timedOut = await Api.Finished(client, first);
        timedOut.GetProperty("status").GetString().Should().Be("failed");
        timedOut.GetProperty("error").GetProperty("title").GetString().Should().Be("Timed out");
        timedOut.GetProperty("error").GetProperty("detail").GetString().Should().Contain("0.5 seconds").And.Contain("Jobs:Timeout");
        (await Api.Finished(client, second)).GetProperty("status").GetString().Should().Be("succeeded");
    }

    [Fact]
    public void Timeout_NotConfigured_IsTenMinutes() =>
        new OfficeInfra.Service.Http.JobOptions().Timeout.Should().Be(TimeSpan.FromMinutes(10));
}
