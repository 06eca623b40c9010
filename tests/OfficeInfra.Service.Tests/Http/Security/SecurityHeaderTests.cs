using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http.Security;

public sealed class SecurityHeaderTests
{
    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content) : string.Empty;

    [Fact]
    public async Task EveryResponse_HasNosniffAndNoReferrer_AndApiIsNeverFramed()
    {
        using var service = new ServiceFactory();
        var client = service.CreateClient();

        var responses = new[]
        {
            await client.GetAsync("/health"),
            await client.PostAsync("/api/validate", Api.Registers(RegisterSetBuilder.Valid().Build())),
            await client.GetAsync("/api/jobs/0123456789abcdef0123456789abcdef"),
            await client.PostAsync("/api/generate", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json")),
        };

        foreach (var response in responses)
        {
            Header(response, "X-Content-Type-Options").Should().Be("nosniff");
            Header(response, "Referrer-Policy").Should().Be("no-referrer");
            Header(response, "Content-Security-Policy").Should().Contain("frame-ancestors 'none'").And.Contain("default-src 'none'");
            Header(response, "Strict-Transport-Security").Should().BeEmpty("local mode is plain HTTP on loopback");
        }
    }

    [Fact]
    public async Task AddinPane_MayBeFramedByOfficeOnTheWebOnly()
    {
        using var folder = new TempFolder();
        var dist = Directory.CreateDirectory(Path.Combine(folder.Path, "dist")).FullName;
        await File.WriteAllTextAsync(Path.Combine(dist, "taskpane.html"), "<html>task pane</html>");
        using var service = new ServiceFactory(new() { ["Addin:Path"] = dist });

        var response = await service.CreateClient().GetAsync("/addin/taskpane.html");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var policy = Header(response, "Content-Security-Policy");
        var ancestors = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("frame-ancestors ", StringComparison.Ordinal)).Split(' ')[1..];
        ancestors.Should().Contain(["'self'", "https://*.officeapps.live.com", "https://*.office.com", "https://*.cloud.microsoft", "https://*.sharepoint.com"]);
        ancestors.Should().OnlyContain(a => a == "'self'" || a.StartsWith("https://", StringComparison.Ordinal), "no plain-http or wildcard ancestor");
        policy.Should().Contain("object-src 'none'");
        Header(response, "X-Frame-Options").Should().BeEmpty("it would forbid Office's frame whatever the policy says");
        Header(response, "X-Content-Type-Options").Should().Be("nosniff");
    }

    [Fact]
    public async Task EntraMode_Https_SendsHsts()
    {
        using var service = new ServiceFactory(ServiceFactory.Entra());

        var response = await service.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://officeinfra.contoso.com/") })
            .GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Header(response, "Strict-Transport-Security").Should().Contain("max-age=31536000");
    }

    [Fact]
    public async Task EntraMode_PlainHttp_IsRedirectedToHttps()
    {
        using var service = new ServiceFactory(ServiceFactory.Entra(new() { ["https_port"] = "443" }));

        var response = await service.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://officeinfra.contoso.com/"),
            AllowAutoRedirect = false,
        }).GetAsync("/api/jobs/0123456789abcdef0123456789abcdef");

        response.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location!.ToString().Should().Be("https://officeinfra.contoso.com/api/jobs/0123456789abcdef0123456789abcdef");
    }

    [Fact]
    public async Task LocalMode_PlainHttp_IsNotRedirected()
    {
        using var service = new ServiceFactory(new() { ["https_port"] = "443" });

        var response = await service.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
