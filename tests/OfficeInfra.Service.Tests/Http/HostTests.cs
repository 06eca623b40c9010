using System.Net;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http;

public sealed class HostTests
{
    [Fact]
    public async Task Health_LocalMode_IsOk()
    {
        using var service = new ServiceFactory();

        var response = await service.CreateClient().GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var health = await Api.ReadJson(response);
        health.GetProperty("status").GetString().Should().Be("ok");
        health.GetProperty("mode").GetString().Should().Be("local");
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        using var service = new ServiceFactory();

        var text = await service.CreateClient().GetStringAsync("/openapi/v1.json");

        text.Should().Contain("/api/validate").And.Contain("/api/generate").And.Contain("/api/publish").And.Contain("/api/jobs/{id}/events");
    }

    [Fact]
    public async Task Addin_BuiltFolder_IsServedWithItsManifest()
    {
        using var folder = new TempFolder();
        var dist = Directory.CreateDirectory(Path.Combine(folder.Path, "dist")).FullName;
        await File.WriteAllTextAsync(Path.Combine(dist, "taskpane.html"), "<html>task pane</html>");
        await File.WriteAllTextAsync(Path.Combine(dist, "taskpane.js"), "console.log(1)");
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "manifest.xml"), "<OfficeApp/>");
        using var service = new ServiceFactory(new() { ["Addin:Path"] = dist });
        var client = service.CreateClient();

        (await client.GetStringAsync("/addin/")).Should().Contain("task pane");
        (await client.GetStringAsync("/addin/taskpane.js")).Should().Contain("console.log");
        var manifest = await client.GetAsync("/manifest.xml");
        manifest.Content.Headers.ContentType!.MediaType.Should().Be("application/xml");
        (await manifest.Content.ReadAsStringAsync()).Should().Be("<OfficeApp/>");
    }

    [Fact]
    public async Task Addin_FolderAddress_RedirectsToTheTaskPaneKeepingTheQuery()
    {
        using var folder = new TempFolder();
        var dist = Directory.CreateDirectory(Path.Combine(folder.Path, "dist")).FullName;
        await File.WriteAllTextAsync(Path.Combine(dist, "taskpane.html"), "<html>task pane</html>");
        using var service = new ServiceFactory(new() { ["Addin:Path"] = dist });
        var client = service.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var path in new[] { "/addin/", "/addin" })
        {
            var response = await client.GetAsync($"{path}?clientId=x");
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().Should().Be("/addin/taskpane.html?clientId=x");
        }
    }

    [Fact]
    public async Task Manifest_Served_NamesTheAddressTheServiceWasReachedOn()
    {
        using var folder = new TempFolder();
        var dist = Directory.CreateDirectory(Path.Combine(folder.Path, "dist")).FullName;
        var repoManifest = await File.ReadAllTextAsync(Path.Combine(Repo.Root, "manifest.xml"));
        await File.WriteAllTextAsync(Path.Combine(dist, "manifest.xml"), repoManifest);
        // A host name other than loopback is only answered in Entra mode (local mode refuses it: DNS rebinding).
        using var service = new ServiceFactory(ServiceFactory.Entra(new() { ["Addin:Path"] = dist }));
        var client = service.CreateClient(new() { BaseAddress = new Uri("https://officeinfra.contoso.com:8443") });

        var manifest = await client.GetStringAsync("/manifest.xml");

        manifest.Should().Contain("<SourceLocation DefaultValue=\"https://officeinfra.contoso.com:8443/addin/taskpane.html\"/>")
            .And.Contain("<SupportUrl DefaultValue=\"https://officeinfra.contoso.com:8443/addin/help.html\"/>")
            .And.NotContain("localhost").And.NotContain("HTTPS only");
    }

    [Fact]
    public void Manifest_PlainHttp_SaysOfficeNeedsHttps()
    {
        var xml = "<?xml version=\"1.0\"?>\n<OfficeApp><SourceLocation DefaultValue=\"https://localhost:5001/addin/taskpane.html\"/></OfficeApp>";

        var moved = OfficeInfra.Service.Http.AddinManifest.PointAt(xml, "http://127.0.0.1:5080");

        moved.Should().Contain("\"http://127.0.0.1:5080/addin/taskpane.html\"").And.Contain("Office loads add-ins over HTTPS only");
        moved.Should().StartWith("<?xml version=\"1.0\"?>\n<!--");
        OfficeInfra.Service.Http.AddinManifest.PointAt(xml, "https://evil\"/><x").Should().Be(xml);
    }

    [Fact]
    public async Task Addin_NotBuilt_Is404Problem()
    {
        using var service = new ServiceFactory();

        await Api.Problem(await service.CreateClient().GetAsync("/manifest.xml"), 404);
    }

    [Fact]
    public async Task Cors_OnlyTheAddinOriginIsAllowed()
    {
        using var service = new ServiceFactory(new() { ["Addin:Origin"] = "https://addin.contoso.com" });
        var client = service.CreateClient();

        async Task<string?> AllowedOrigin(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/api/validate");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type");
            var response = await client.SendAsync(request);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        }

        (await AllowedOrigin("https://addin.contoso.com")).Should().Be("https://addin.contoso.com");
        (await AllowedOrigin("https://evil.example")).Should().BeNull();
    }

    [Fact]
    public async Task RateLimit_OverThePerCallerLimit_Is429Problem()
    {
        using var service = new ServiceFactory(new() { ["Limits:RequestsPerMinute"] = "3" });
        var client = service.CreateClient();
        var body = RegisterSetBuilder.Valid().Build();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsync("/api/validate", Api.Registers(body))).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var refused = await client.PostAsync("/api/validate", Api.Registers(body));

        await Api.Problem(refused, 429);
        refused.Headers.RetryAfter.Should().NotBeNull();
        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK, "health is not rate limited");
    }

    [Fact]
    public async Task Jobs_PastTheirRetention_AreForgottenAndTheirFilesDeleted()
    {
        using var service = new ServiceFactory(new() { ["Jobs:RetainFor"] = "00:00:00", ["Jobs:SweepEvery"] = "00:00:00.050" });
        var client = service.CreateClient();
        var started = await client.PostAsync("/api/generate", Api.Run(RegisterSetBuilder.Valid().Build()));
        var location = started.Headers.Location!.ToString();
        var id = location.Split('/')[^1];

        HttpStatusCode status;
        var tries = 0;
        do
        {
            await Task.Delay(50);
            status = (await client.GetAsync(location)).StatusCode;
        }
        while (status == HttpStatusCode.OK && ++tries < 600);

        status.Should().Be(HttpStatusCode.NotFound);
        Directory.Exists(Path.Combine(service.JobsFolder, id)).Should().BeFalse();
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://example.com:5080")]
    [InlineData("http://127.0.0.1:5080;http://192.168.1.10:5080")]
    public void LoopbackGuard_NonLoopbackAddress_IsRefused(string urls)
    {
        var act = () => OfficeInfra.Service.Http.LoopbackGuard.Check(urls);

        act.Should().Throw<OfficeInfraException>().Which.Kind.Should().Be(ErrorKind.Configuration);
    }

    [Fact]
    public void Build_LocalModeWithKestrelEndpointOnAllInterfaces_IsRefused()
    {
        var act = () => OfficeInfra.Service.Http.ServiceHost.Build(["--Kestrel:Endpoints:Open:Url=http://0.0.0.0:5998"]);

        act.Should().Throw<OfficeInfraException>().WithMessage("*0.0.0.0*");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080;https://[::1]:5081")]
    public void LoopbackGuard_LoopbackAddress_IsAllowed(string? urls)
    {
        var act = () => OfficeInfra.Service.Http.LoopbackGuard.Check(urls);

        act.Should().NotThrow();
    }
}
