using System.Net;
using System.Net.Http.Headers;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http;

public sealed class AuthTests : IDisposable
{
    private readonly ServiceFactory _service = new(ServiceFactory.Entra(new() { ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/ops" }));

    public void Dispose() => _service.Dispose();

    private HttpClient Client(string? token)
    {
        var client = _service.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    [Fact]
    public async Task Validate_ValidToken_IsAccepted()
    {
        var response = await Client(TestTokens.Shared.Create()).PostAsync("/api/validate", Api.Registers(RegisterSetBuilder.Valid().Build()));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public static TheoryData<string, string?> RefusedTokens() => new()
    {
        { "no token", null },
        { "wrong audience", TestTokens.Shared.Create(audience: "api://someone-else") },
        { "expired", TestTokens.Shared.Create(expires: DateTime.UtcNow.AddMinutes(-10)) },
        { "wrong signature", TestTokens.Shared.Create(wrongKey: true) },
        { "wrong issuer", TestTokens.Shared.Create(issuer: "https://login.microsoftonline.com/another-tenant/v2.0") },
        { "garbage", "not.a.token" },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task EveryApiRoute_BadToken_Is401(string why, string? token)
    {
        var client = Client(token);
        var body = RegisterSetBuilder.Valid().Build();

        var responses = new[]
        {
            await client.PostAsync("/api/validate", Api.Registers(body)),
            await client.PostAsync("/api/generate", Api.Run(body)),
            await client.PostAsync("/api/publish", Api.Run(body)),
            await client.GetAsync("/api/jobs/0123456789abcdef0123456789abcdef"),
            await client.GetAsync("/api/jobs/0123456789abcdef0123456789abcdef/events"),
            await client.GetAsync("/api/jobs/0123456789abcdef0123456789abcdef/files/a.docx"),
        };

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Unauthorized, why);
        _service.Runner.Runs.Should().BeEmpty();
        if (token is not null)
        {
            _service.Logs.All.Should().NotContain(token);
        }
        if (token?.Split('.') is [_, _, { Length: > 16 } signature])
        {
            _service.Logs.All.Should().NotContain(signature, "a refused token's signature must not reach the logs");
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("User.Read")]
    [InlineData("access_as_user_not")]
    public async Task Validate_TokenWithoutTheScope_Is403(string? scope)
    {
        var response = await Client(TestTokens.Shared.Create(scope: scope)).PostAsync("/api/validate", Api.Registers(RegisterSetBuilder.Valid().Build()));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Health_NoToken_IsOpenAndSaysEntra()
    {
        var response = await Client(null).GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Api.ReadJson(response)).GetProperty("mode").GetString().Should().Be("entra");
    }

    [Fact]
    public async Task Job_OfAnotherUser_Is404ForThemIncludingFiles()
    {
        var alice = Client(TestTokens.Shared.Create(user: "alice"));
        var bob = Client(TestTokens.Shared.Create(user: "bob"));
        var started = await alice.PostAsync("/api/generate", Api.Run(RegisterSetBuilder.Valid().Build()));
        var location = started.Headers.Location!.ToString();
        var job = await Api.Finished(alice, location);
        var url = job.GetProperty("result").GetProperty("documents")[0].GetProperty("url").GetString();

        await Api.Problem(await bob.GetAsync(location), 404);
        await Api.Problem(await bob.GetAsync(location + "/events"), 404);
        await Api.Problem(await bob.GetAsync(url), 404);
        (await alice.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Publish_AsTheUser_UsesOnBehalfOfAndNeverLeaksTokensOrSecrets()
    {
        var token = TestTokens.Shared.Create();
        var client = Client(token);

        var started = await client.PostAsync("/api/publish", Api.Run(RegisterSetBuilder.Valid().Build(), extra: ", \"dryRun\": true"));
        var job = await Api.Finished(client, started.Headers.Location!.ToString());
        var jobText = (await client.GetStringAsync(started.Headers.Location!.ToString()));

        job.GetProperty("status").GetString().Should().Be("succeeded");
        _service.SharePoint.Created.Single().Credential.Should().BeOfType<OfficeInfra.Service.Http.Security.SignedInUserCredential>();
        _service.TokenEndpoint.Requests.Should().ContainSingle().Which.Should().Contain("on_behalf_of").And.Contain(token.Split('.')[2], "the user's token is the assertion");
        jobText.Should().NotContain(token).And.NotContain("s3cret");
        _service.Logs.All.Should().NotContain(token).And.NotContain(token.Split('.')[2]).And.NotContain("s3cret-value-never-logged")
            .And.NotContain("downstream-token-never-shown");
        jobText.Should().NotContain("downstream-token-never-shown");
        _service.Logs.All.Should().Contain("CorrelationId=");
    }
}
