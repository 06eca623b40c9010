using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http.Security;

/// <summary>
/// DNS rebinding: a page at http://evil.example:5080 points its name at 127.0.0.1, and is then same-origin with the
/// local service. Its requests still say Host: evil.example, so local mode refuses every Host but loopback names.
/// </summary>
public sealed class LoopbackHostTests : IDisposable
{
    private readonly ServiceFactory _service = new(new() { ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/configured" });

    public void Dispose() => _service.Dispose();

    private HttpClient ClientAt(string baseAddress) => _service.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress) });

    [Theory]
    [InlineData("http://evil.example:5080/")]
    [InlineData("http://127.0.0.1.nip.io:5080/")]
    [InlineData("http://localhost.evil.example/")]
    [InlineData("http://192.168.1.10:5080/")]
    public async Task LocalMode_RebindingHostName_IsRefusedOnEveryPath(string baseAddress)
    {
        var client = ClientAt(baseAddress);
        var host = new Uri(baseAddress).Authority;

        var publish = await client.PostAsync("/api/publish", Api.Run(RegisterSetBuilder.Valid().Build(), extra: ", \"dryRun\": true"));
        var job = await client.GetAsync("/api/jobs/0123456789abcdef0123456789abcdef");
        var health = await client.GetAsync("/health");

        foreach (var response in new[] { publish, job, health })
        {
            var problem = await Api.Problem(response, 400);
            problem.GetProperty("errorKind").GetString().Should().Be("forbidden-host");
            problem.GetProperty("detail").GetString().Should().Contain(host);
        }
        _service.SharePoint.Created.Should().BeEmpty();
    }

    [Theory]
    [InlineData("http://localhost:5080/")]
    [InlineData("http://LOCALHOST/")]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("http://[::1]:5080/")]
    public async Task LocalMode_LoopbackName_IsServed(string baseAddress)
    {
        var response = await ClientAt(baseAddress).GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task EntraMode_AnyHostName_IsServed()
    {
        using var service = new ServiceFactory(ServiceFactory.Entra());

        var response = await service.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://officeinfra.contoso.com/") })
            .GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
