using System.Net;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http;

public sealed class PublishApiTests : IDisposable
{
    private readonly ServiceFactory _service = new(new() { ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/configured" });

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task Publish_DryRun_FinishesWithThePlanNotApplied()
    {
        var client = _service.CreateClient();

        var started = await client.PostAsync("/api/publish", Api.Run(RegisterSetBuilder.Valid().Build(), extra: ", \"dryRun\": true"));
        var job = await Api.Finished(client, started.Headers.Location!.ToString());

        started.StatusCode.Should().Be(HttpStatusCode.Accepted);
        job.GetProperty("kind").GetString().Should().Be("publish");
        job.GetProperty("status").GetString().Should().Be("succeeded");
        var result = job.GetProperty("result");
        result.GetProperty("applied").GetBoolean().Should().BeFalse();
        result.GetProperty("plan").GetProperty("foldersToCreate").EnumerateArray().Select(f => f.GetString()).Should().Equal("Ops");
        result.GetProperty("plan").GetProperty("documents")[0].GetProperty("change").GetString().Should().Be("new");
        result.GetProperty("plan").GetProperty("permissions")[0].GetProperty("add")[0].GetProperty("role").GetString().Should().Be("owner");
        _service.Runner.Runs.Single().Apply.Should().BeFalse();
        _service.SharePoint.Created.Single().Options.SiteUrl.Should().Be("https://contoso.sharepoint.com/sites/configured");
        _service.SharePoint.Created.Single().Credential.Should().BeNull("local mode uses the app's own credential from settings");
    }

    [Fact]
    public async Task Publish_TargetInRequest_OverridesTheConfiguredSiteAndApplies()
    {
        var client = _service.CreateClient();
        var target = ", \"dryRun\": false, \"prunePermissions\": true, \"target\": {\"siteUrl\": \"https://contoso.sharepoint.com/sites/hr\", \"libraryName\": \"Records\"}";

        var started = await client.PostAsync("/api/publish", Api.Run(RegisterSetBuilder.Valid().Build(), extra: target));
        var job = await Api.Finished(client, started.Headers.Location!.ToString());

        job.GetProperty("result").GetProperty("applied").GetBoolean().Should().BeTrue();
        var (options, _) = _service.SharePoint.Created.Single();
        options.SiteUrl.Should().Be("https://contoso.sharepoint.com/sites/hr");
        options.LibraryName.Should().Be("Records");
        _service.Runner.Runs.Single().Options.PrunePermissions.Should().BeTrue();
    }

    [Fact]
    public async Task Publish_JobFinished_DisposesTheSharePointTargetItCreated()
    {
        var client = _service.CreateClient();

        var started = await client.PostAsync("/api/publish", Api.Run(RegisterSetBuilder.Valid().Build(), extra: ", \"dryRun\": true"));
        await Api.Finished(client, started.Headers.Location!.ToString());

        _service.SharePoint.Created.Should().ContainSingle();
        _service.SharePoint.Disposed.Should().Be(1);
    }

    [Fact]
    public async Task Publish_NoSiteAnywhere_Is400ProblemSayingWhatIsMissing()
    {
        using var service = new ServiceFactory();

        var response = await service.CreateClient().PostAsync("/api/publish", Api.Run(RegisterSetBuilder.Valid().Build()));

        var problem = await Api.Problem(response, 400);
        problem.GetProperty("detail").GetString().Should().Contain("siteUrl");
    }

    [Fact]
    public async Task Publish_RegistersWithErrors_Is422()
    {
        var response = await _service.CreateClient().PostAsync("/api/publish", Api.Run(Workbooks.WithErrors()));

        await Api.Problem(response, 422);
    }
}
