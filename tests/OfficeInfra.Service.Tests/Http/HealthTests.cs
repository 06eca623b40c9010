using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OfficeInfra.Service.Http.Jobs;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http;

public sealed class HealthTests
{
    private static StringContent Job() => Api.Run(RegisterSetBuilder.Valid().Build());

    private static async Task<(HttpStatusCode Status, JsonElement Body)> Get(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        return (response.StatusCode, await Api.ReadJson(response));
    }

    private static string CheckStatus(JsonElement body, string check) =>
        body.GetProperty("checks").GetProperty(check).GetProperty("status").GetString()!;

    [Fact]
    public async Task Live_AnswersWhileTheProcessRuns()
    {
        using var service = new ServiceFactory();

        var (status, body) = await Get(service.CreateClient(), "/health/live");

        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("status").GetString().Should().Be("healthy");
    }

    [Fact]
    public async Task Ready_StoreFolderAndQueueFine_Answers200NamingEachCheck()
    {
        using var service = new ServiceFactory();

        var (status, body) = await Get(service.CreateClient(), "/health/ready");

        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("status").GetString().Should().Be("healthy");
        CheckStatus(body, "store").Should().Be("healthy");
        CheckStatus(body, "jobFolder").Should().Be("healthy");
        CheckStatus(body, "queue").Should().Be("healthy");
        Directory.EnumerateFiles(service.JobsFolder, ".ready-*").Should().BeEmpty("the write probe cleans up after itself");
    }

    [Fact]
    public async Task Ready_QueueFull_Answers503UntilAPlaceFrees()
    {
        using var service = new ServiceFactory(new() { ["Jobs:Concurrency"] = "1", ["Jobs:QueueCapacity"] = "1" });
        var client = service.CreateClient();
        service.Runner.Hold();
        var running = (await client.PostAsync("/api/generate", Job())).Headers.Location!.ToString();
        await Api.Reached(client, running, "running");
        var waiting = (await client.PostAsync("/api/generate", Job())).Headers.Location!.ToString();

        var (status, body) = await Get(client, "/health/ready");

        status.Should().Be(HttpStatusCode.ServiceUnavailable);
        body.GetProperty("status").GetString().Should().Be("unhealthy");
        CheckStatus(body, "queue").Should().Be("unhealthy");
        CheckStatus(body, "store").Should().Be("healthy");
        (await client.PostAsync("/api/generate", Job())).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "ready says what the queue would answer");

        service.Runner.Release();
        await Api.Finished(client, waiting);
        (await Get(client, "/health/ready")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_JobFolderGone_Answers503WithoutSayingWhere()
    {
        using var service = new ServiceFactory();
        var client = service.CreateClient();
        (await Get(client, "/health/ready")).Status.Should().Be(HttpStatusCode.OK);

        // Permissions do not stop root (CI), so the folder is taken away, as an unmounted disk would be.
        Directory.Delete(service.JobsFolder, recursive: true);
        var (status, body) = await Get(client, "/health/ready");

        status.Should().Be(HttpStatusCode.ServiceUnavailable);
        CheckStatus(body, "jobFolder").Should().Be("unhealthy");
        body.GetRawText().Should().NotContain(service.JobsFolder, "anonymous callers are not told where the service keeps jobs");
        (await Get(client, "/health/live")).Status.Should().Be(HttpStatusCode.OK, "a restart would not bring the folder back");
    }

    [Fact]
    public async Task Ready_StoreClosed_Answers503()
    {
        using var service = new ServiceFactory();
        var client = service.CreateClient();

        service.Services.GetRequiredService<IJobStore>().Dispose();
        var (status, body) = await Get(client, "/health/ready");

        status.Should().Be(HttpStatusCode.ServiceUnavailable);
        CheckStatus(body, "store").Should().Be("unhealthy");
    }
}
