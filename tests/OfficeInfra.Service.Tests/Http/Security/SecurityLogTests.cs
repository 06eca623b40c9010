using System.Net;
using System.Net.Http.Headers;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http.Security;

public sealed class SecurityLogTests
{
    [Theory]
    [InlineData("expired", "the token has expired")]
    [InlineData("audience", "the token is for another audience")]
    [InlineData("signature", "the token's signature is not valid")]
    [InlineData("none", "no bearer token")]
    public async Task RefusedToken_IsAWarningWithTheReasonAndNeverTheToken(string how, string reason)
    {
        using var service = new ServiceFactory(ServiceFactory.Entra());
        var token = how switch
        {
            "expired" => TestTokens.Shared.Create(expires: DateTime.UtcNow.AddMinutes(-10)),
            "audience" => TestTokens.Shared.Create(audience: "api://someone-else"),
            "signature" => TestTokens.Shared.Create(wrongKey: true),
            _ => null,
        };
        var client = service.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.PostAsync("/api/validate", Api.Registers(RegisterSetBuilder.Valid().Build()));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var line = service.Logs.Lines.Should().ContainSingle(l => l.Contains("Refused a bearer token", StringComparison.Ordinal)).Which;
        line.Should().StartWith("Warning OfficeInfra.Security").And.Contain(reason).And.Contain("/api/validate");
        if (token is not null)
        {
            service.Logs.All.Should().NotContain(token).And.NotContain(token.Split('.')[2]);
        }
    }

    [Fact]
    public async Task TokenWithoutTheScope_IsAWarningNamingTheCallerAndTheScope()
    {
        using var service = new ServiceFactory(ServiceFactory.Entra());
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Shared.Create(scope: "User.Read", user: "mallory"));

        var response = await client.PostAsync("/api/validate", Api.Registers(RegisterSetBuilder.Valid().Build()));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        service.Logs.Lines.Should().ContainSingle(l => l.StartsWith("Warning OfficeInfra.Security", StringComparison.Ordinal)
            && l.Contains("mallory", StringComparison.Ordinal) && l.Contains("lacks the access_as_user scope", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishQueued_SaysWhoAndWhichSiteAsFields()
    {
        using var service = new ServiceFactory(ServiceFactory.Entra());
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Shared.Create(user: "alice"));
        var target = ", \"dryRun\": true, \"target\": {\"siteUrl\": \"https://contoso.sharepoint.com/sites/hr\", \"libraryName\": \"HR Records\"}";

        var started = await client.PostAsync("/api/publish", Api.Run(RegisterSetBuilder.Valid().Build(), extra: target));
        await Api.Finished(client, started.Headers.Location!.ToString());

        var fields = service.Logs.Fields.Should().ContainSingle(f => f.ContainsKey("SiteUrl")).Which;
        fields["SiteUrl"].Should().Be("https://contoso.sharepoint.com/sites/hr");
        fields["LibraryName"].Should().Be("HR Records");
        ((string)fields["Caller"]!).Should().EndWith("/alice");
        fields["{OriginalFormat}"].Should().BeOfType<string>().Which.Should().NotContain("HR Records", "the value is a field, not part of the text");
        service.Logs.Lines.Where(l => l.Contains(started.Headers.Location!.ToString().Split('/')[^1], StringComparison.Ordinal))
            .Should().Contain(l => l.Contains("Caller=", StringComparison.Ordinal) && l.Contains("alice", StringComparison.Ordinal), "the job's own lines say who started it");
    }

    [Fact]
    public async Task LibraryNameWithALineBreak_IsRefusedAndForgesNoLogLine()
    {
        using var service = new ServiceFactory(ServiceFactory.Entra());
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Shared.Create());
        var target = ", \"dryRun\": true, \"target\": {\"siteUrl\": \"https://contoso.sharepoint.com/sites/hr\", \"libraryName\": \"Docs\\nError OfficeInfra.Security forged: admin signed in\"}";

        var response = await client.PostAsync("/api/publish", Api.Run(RegisterSetBuilder.Valid().Build(), extra: target));

        await Api.Problem(response, 400);
        service.Logs.All.Should().NotContain("forged");
        service.SharePoint.Created.Should().BeEmpty();
    }
}
