using System.Net.Http.Headers;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http.Security;

/// <summary>A failed on-behalf-of exchange is the request's own clear 401 or 403, not a job that fails unexpectedly.</summary>
public sealed class OnBehalfOfTests
{
    [Theory]
    [InlineData(FakeEntra.Answer.SignInExpired, 401, "sign-in-required", "Sign in again", "sign in again")]
    [InlineData(FakeEntra.Answer.ConsentMissing, 403, "consent-required", "Consent needed", "consent")]
    public async Task Publish_EntraRefusesTheExchange_IsAClearProblemAndStartsNoJob(FakeEntra.Answer answer, int status, string kind, string title, string says)
    {
        using var service = new ServiceFactory(ServiceFactory.Entra(new() { ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/ops" }));
        service.TokenEndpoint.Next = answer;
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Shared.Create());

        var response = await client.PostAsync("/api/publish", Api.Run(RegisterSetBuilder.Valid().Build(), extra: ", \"dryRun\": true"));

        var problem = await Api.Problem(response, status);
        problem.GetProperty("errorKind").GetString().Should().Be(kind);
        problem.GetProperty("title").GetString().Should().Be(title);
        problem.GetProperty("detail").GetString().Should().Contain(says).And.NotContain("AADSTS");
        service.SharePoint.Created.Should().BeEmpty();
        service.TokenEndpoint.Requests.Should().ContainSingle();
    }
}
