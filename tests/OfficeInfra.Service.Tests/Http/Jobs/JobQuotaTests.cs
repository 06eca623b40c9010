using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http.Jobs;

public sealed class JobQuotaTests
{
    [Fact]
    public async Task Start_CallerAtTheirLimit_Is429WithRetryAfter_WhileOthersStillGetIn()
    {
        using var service = new ServiceFactory(ServiceFactory.Entra(new() { ["Jobs:MaxPerCaller"] = "2", ["Jobs:QueueCapacity"] = "10" }));
        var alice = service.CreateClient();
        alice.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Shared.Create(user: "alice"));
        var bob = service.CreateClient();
        bob.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Shared.Create(user: "bob"));
        service.Runner.Hold();
        var body = RegisterSetBuilder.Valid().Build();
        var started = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            started.Add((await alice.PostAsync("/api/generate", Api.Run(body))).Headers.Location!.ToString());
        }

        var refused = await alice.PostAsync("/api/generate", Api.Run(body));

        var problem = await Api.Problem(refused, 429);
        problem.GetProperty("errorKind").GetString().Should().Be("too-many-jobs");
        problem.GetProperty("detail").GetString().Should().Contain("2 jobs");
        refused.Headers.RetryAfter.Should().NotBeNull();
        (await bob.PostAsync("/api/generate", Api.Run(body))).StatusCode.Should().Be(System.Net.HttpStatusCode.Accepted);

        await alice.DeleteAsync(started[0]);
        await Api.Reached(alice, started[0], "cancelled");
        (await alice.PostAsync("/api/generate", Api.Run(body))).StatusCode.Should().Be(System.Net.HttpStatusCode.Accepted,
            "a cancelled job no longer counts");
        service.Runner.Release();
    }
}
