using System.Net.Http.Headers;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http.Security;

/// <summary>The on-behalf-of token is cached: Entra's token endpoint is asked once per user, not once per request.</summary>
public sealed class TokenCacheTests
{
    [Fact]
    public async Task TwoPublishesByOneUser_FetchOneToken()
    {
        using var service = new ServiceFactory(ServiceFactory.Entra(new() { ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/ops" }));
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Shared.Create());

        foreach (var _ in Enumerable.Range(0, 2))
        {
            var started = await client.PostAsync("/api/publish", Api.Run(RegisterSetBuilder.Valid().Build(), extra: ", \"dryRun\": true"));
            (await Api.Finished(client, started.Headers.Location!.ToString())).GetProperty("status").GetString().Should().Be("succeeded");
        }

        service.SharePoint.Created.Should().HaveCount(2);
        service.TokenEndpoint.Requests.Should().ContainSingle("the second request finds the first one's token in the cache")
            .Which.Should().Contain("on_behalf_of");
    }

    [Fact]
    public async Task TwoUsers_FetchATokenEach()
    {
        using var service = new ServiceFactory(ServiceFactory.Entra(new() { ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/ops" }));

        foreach (var user in new[] { "alice-object-id", "bob-object-id" })
        {
            var client = service.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Shared.Create(user: user));
            var started = await client.PostAsync("/api/publish", Api.Run(RegisterSetBuilder.Valid().Build(), extra: ", \"dryRun\": true"));
            (await Api.Finished(client, started.Headers.Location!.ToString())).GetProperty("status").GetString().Should().Be("succeeded");
        }

        service.TokenEndpoint.Requests.Should().HaveCount(2, "a token is one user's only");
    }
}
