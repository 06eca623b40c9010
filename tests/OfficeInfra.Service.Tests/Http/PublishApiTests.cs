using System.Net;
using System.Net.Http.Headers;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http;

public sealed class PublishApiTests : IDisposable
{
    private const string Configured = "https://contoso.sharepoint.com/sites/configured";
    private const string Hr = "https://contoso.sharepoint.com/sites/hr";

    private readonly ServiceFactory _service = new(new()
    {
        ["SharePoint:SiteUrl"] = Configured,
        ["SharePoint:AllowedSites:0"] = Hr,
    });

    public void Dispose() => _service.Dispose();

    private static StringContent Run(string extra) => Api.Run(RegisterSetBuilder.Valid().Build(), extra: extra);

    [Fact]
    public async Task Publish_DryRun_FinishesWithThePlanNotApplied()
    {
        var client = _service.CreateClient();

        var started = await client.PostAsync("/api/publish", Run(", \"dryRun\": true"));
        var job = await Api.Finished(client, started.Headers.Location!.ToString());

        started.StatusCode.Should().Be(HttpStatusCode.Accepted);
        job.GetProperty("kind").GetString().Should().Be("publish");
        job.GetProperty("status").GetString().Should().Be("succeeded");
        var result = job.GetProperty("result");
        result.GetProperty("applied").GetBoolean().Should().BeFalse();
        result.GetProperty("planHash").GetString().Should().MatchRegex("^[0-9a-f]{64}$");
        result.GetProperty("plan").GetProperty("foldersToCreate").EnumerateArray().Select(f => f.GetString()).Should().Equal("Ops");
        result.GetProperty("plan").GetProperty("documents")[0].GetProperty("change").GetString().Should().Be("new");
        result.GetProperty("plan").GetProperty("permissions")[0].GetProperty("add")[0].GetProperty("role").GetString().Should().Be("owner");
        _service.Runner.Runs.Single().Apply.Should().BeFalse();
        _service.SharePoint.Created.Single().Options.SiteUrl.Should().Be(Configured);
        _service.SharePoint.Created.Single().Credential.Should().BeNull("local mode uses the app's own credential from settings");
    }

    [Fact]
    public async Task Publish_DryRunWithRecordsPlan_TheWorkbookAndCsvDownloadForReviewBeforeAnythingChanges()
    {
        var client = _service.CreateClient();

        var started = await client.PostAsync("/api/publish", Run(", \"dryRun\": true, \"recordsPlan\": true"));
        var result = (await Api.Finished(client, started.Headers.Location!.ToString())).GetProperty("result");

        result.GetProperty("applied").GetBoolean().Should().BeFalse();
        var workbook = await client.GetByteArrayAsync(result.GetProperty("recordsPlanUrl").GetString());
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(workbook), false))
        {
            document.PackageProperties.Title.Should().Be("Records plan");
            string.Concat(document.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet.InnerText)).Should().Contain("Ops/Job Descriptions/");
        }
        (await client.GetStringAsync(result.GetProperty("filePlanUrl").GetString())).Should().Contain("LabelName,");
        // The same tables in the result, for the add-in to show before it asks.
        var tables = result.GetProperty("recordsPlan").EnumerateArray().ToList();
        tables.Select(t => t.GetProperty("name").GetString()).Should().Equal("Folders", "Documents", "Retention Labels");
        tables[1].GetProperty("headers")[0].GetString().Should().Be("Document");
        tables[1].GetProperty("rows").EnumerateArray().Select(r => r[0].GetString()).Should().Contain(p => p!.StartsWith("Ops/Job Descriptions/"));
    }

    [Fact]
    public async Task Publish_LocalModeSiteFromTheAllowList_IsUsedWithTheConfiguredLibrary()
    {
        var client = _service.CreateClient();

        var started = await client.PostAsync("/api/publish", Run($", \"dryRun\": true, \"target\": {{\"siteUrl\": \"{Hr}/\"}}"));
        await Api.Finished(client, started.Headers.Location!.ToString());

        var (options, _) = _service.SharePoint.Created.Single();
        options.SiteUrl.Should().Be(Hr + "/");
        options.LibraryName.Should().Be("Documents");
    }

    [Theory]
    [InlineData("{\"siteUrl\": \"https://contoso.sharepoint.com/sites/finance\"}", "'https://contoso.sharepoint.com/sites/finance' is not one of them")]
    [InlineData("{\"siteUrl\": \"https://contoso.sharepoint.com/sites/hr-evil\"}", "is not one of them")]
    [InlineData("{\"libraryName\": \"Records\"}", "not to 'Records'")]
    public async Task Publish_LocalModeTargetTheSettingsDoNotName_Is403AndStartsNothing(string target, string says)
    {
        var response = await _service.CreateClient().PostAsync("/api/publish", Run($", \"target\": {target}"));

        var problem = await Api.Problem(response, 403);
        problem.GetProperty("errorKind").GetString().Should().Be("site-not-allowed");
        problem.GetProperty("detail").GetString().Should().Contain(says);
        _service.SharePoint.Created.Should().BeEmpty();
        _service.Runner.Runs.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{\"siteUrl\": \"http://contoso.sharepoint.com/sites/hr\"}")]
    [InlineData("{\"siteUrl\": \"javascript:alert(1)\"}")]
    [InlineData("{\"siteUrl\": \"sites/hr\"}")]
    [InlineData("{\"siteUrl\": \"https://contoso.sharepoint.com/sites/hr\\nWarning: forged\"}")]
    [InlineData("{\"libraryName\": \"Documents\\r\\nWarning: forged\"}")]
    public async Task Publish_MalformedTarget_Is400(string target)
    {
        var response = await _service.CreateClient().PostAsync("/api/publish", Run($", \"target\": {target}"));

        await Api.Problem(response, 400);
        _service.SharePoint.Created.Should().BeEmpty();
    }

    [Fact]
    public async Task Publish_EntraModeTheUserNamesAnySiteAndLibrary_UsesThem()
    {
        using var service = new ServiceFactory(ServiceFactory.Entra());
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Shared.Create());
        var target = ", \"dryRun\": true, \"target\": {\"siteUrl\": \"https://contoso.sharepoint.com/sites/finance\", \"libraryName\": \"Records\"}";

        var started = await client.PostAsync("/api/publish", Run(target));
        await Api.Finished(client, started.Headers.Location!.ToString());

        var (options, credential) = service.SharePoint.Created.Single();
        options.SiteUrl.Should().Be("https://contoso.sharepoint.com/sites/finance");
        options.LibraryName.Should().Be("Records");
        credential.Should().NotBeNull("the user's own permissions decide what they may publish to");
    }

    [Fact]
    public async Task Publish_JobFinished_DisposesTheSharePointTargetItCreated()
    {
        var client = _service.CreateClient();

        var started = await client.PostAsync("/api/publish", Run(", \"dryRun\": true"));
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
        problem.GetProperty("detail").GetString().Should().Contain("SharePoint:SiteUrl");
    }

    [Fact]
    public async Task Publish_RegistersWithErrors_Is422()
    {
        var response = await _service.CreateClient().PostAsync("/api/publish", Api.Run(Workbooks.WithErrors()));

        await Api.Problem(response, 422);
    }
}
