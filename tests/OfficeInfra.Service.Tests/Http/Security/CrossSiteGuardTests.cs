using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http.Security;

/// <summary>
/// What a web page of another origin can send without a CORS preflight (no Content-Type, text/plain, a form type)
/// and with an Origin that is not the add-in's must never reach an endpoint that changes things.
/// </summary>
public sealed class CrossSiteGuardTests : IDisposable
{
    private const string AddinOrigin = "https://addin.contoso.com";

    private readonly ServiceFactory _service = new(new()
    {
        ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/configured",
        ["Addin:Origin"] = AddinOrigin,
    });

    public void Dispose() => _service.Dispose();

    private static string RunJson => $"{{\"registers\": {JsonRegisterWriter.Write(RegisterSetBuilder.Valid().Build())}, \"dryRun\": true}}";

    private static ByteArrayContent Body(string? contentType)
    {
        // What fetch(url, { mode: 'no-cors', body: new Blob([json]) }) sends: the bytes, and no Content-Type at all.
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(RunJson));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        return content;
    }

    private async Task<HttpResponseMessage> Post(string path, HttpContent content, string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }
        return await _service.CreateClient().SendAsync(request);
    }

    [Theory]
    [InlineData("/api/publish", null)]
    [InlineData("/api/publish", "text/plain")]
    [InlineData("/api/publish", "text/plain; charset=utf-8")]
    [InlineData("/api/publish", "application/x-www-form-urlencoded")]
    [InlineData("/api/publish", "multipart/form-data; boundary=x")]
    [InlineData("/api/generate", null)]
    [InlineData("/api/generate", "text/plain")]
    [InlineData("/api/generate", "application/octet-stream")]
    public async Task StateChangingRoute_BodyWithoutJsonContentType_Is415AndStartsNothing(string path, string? contentType)
    {
        var response = await Post(path, Body(contentType));

        var problem = await Api.Problem(response, 415);
        problem.GetProperty("errorKind").GetString().Should().Be("unsupported-media-type");
        problem.GetProperty("detail").GetString().Should().Contain("application/json");
        _service.Runner.Runs.Should().BeEmpty();
        _service.SharePoint.Created.Should().BeEmpty();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData(null)]
    public async Task Validate_TextOrNoContentType_Is415SayingEveryAcceptedType(string? contentType)
    {
        var problem = await Api.Problem(await Post("/api/validate", Body(contentType)), 415);

        problem.GetProperty("errorKind").GetString().Should().Be("unsupported-media-type");
        problem.GetProperty("detail").GetString().Should().Contain("application/json").And.Contain("multipart/form-data")
            .And.Contain("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("null")]
    [InlineData("http://localhost:9999")]
    [InlineData("https://addin.contoso.com.evil.example")]
    [InlineData("http://addin.contoso.com")]
    public async Task Publish_FromAForeignOrNullOrigin_Is403EvenAsJson(string origin)
    {
        var response = await Post("/api/publish", Body("application/json"), origin);

        var problem = await Api.Problem(response, 403);
        problem.GetProperty("errorKind").GetString().Should().Be("forbidden-origin");
        _service.SharePoint.Created.Should().BeEmpty();
    }

    [Fact]
    public async Task Validate_MultipartFromAForeignOrigin_Is403()
    {
        // multipart/form-data needs no preflight, so an upload from any page would otherwise reach the parser.
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Workbooks.Sample()), "file", "registers.xlsx" } };

        var problem = await Api.Problem(await Post("/api/validate", form, "https://evil.example"), 403);

        problem.GetProperty("errorKind").GetString().Should().Be("forbidden-origin");
    }

    [Theory]
    [InlineData(AddinOrigin)]
    [InlineData("https://ADDIN.contoso.com")]
    [InlineData("http://localhost")]
    [InlineData(null)]
    public async Task Publish_FromTheAddinOrTheServiceItselfOrNoBrowser_IsAccepted(string? origin)
    {
        var response = await Post("/api/publish", Body("application/json"), origin);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        await Api.Finished(_service.CreateClient(), response.Headers.Location!.ToString());
        _service.SharePoint.Created.Should().ContainSingle();
    }

    [Fact]
    public async Task Delete_WithoutABodyFromNoBrowser_PassesTheGuardButFromAForeignOrigin_Is403()
    {
        var client = _service.CreateClient();
        using var foreign = new HttpRequestMessage(HttpMethod.Delete, "/api/jobs/0123456789abcdef0123456789abcdef");
        foreign.Headers.TryAddWithoutValidation("Origin", "https://evil.example");

        var refused = await client.SendAsync(foreign);
        var plain = await client.DeleteAsync("/api/jobs/0123456789abcdef0123456789abcdef");

        (await Api.Problem(refused, 403)).GetProperty("errorKind").GetString().Should().Be("forbidden-origin");
        ((int)plain.StatusCode).Should().NotBe(403).And.NotBe(415);
    }

    [Fact]
    public async Task Get_FromAForeignOrigin_IsNotRefusedByTheGuard()
    {
        // Reading is guarded by CORS (the page cannot read the answer) and by job ownership; only changes are refused here.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/jobs/0123456789abcdef0123456789abcdef");
        request.Headers.TryAddWithoutValidation("Origin", "https://evil.example");

        var response = await _service.CreateClient().SendAsync(request);

        (await Api.Problem(response, 404)).GetProperty("title").GetString().Should().Be("Job not found");
    }
}
