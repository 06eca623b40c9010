using System.Net;
using System.Text;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>
/// Entra ID's token endpoint as the on-behalf-of exchange sees it: a token, or the refusals Entra gives for an
/// expired sign-in (AADSTS500133) and for missing consent (AADSTS65001, consent_required).
/// </summary>
public sealed class FakeEntra : HttpMessageHandler
{
    public enum Answer { Token, SignInExpired, ConsentMissing }

    public Answer Next { get; set; } = Answer.Token;

    public List<string> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add($"{request.Method} {request.RequestUri} {body}");
        }
        if (request.Method != HttpMethod.Post || !request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }
        return Next switch
        {
            Answer.SignInExpired => Json(HttpStatusCode.BadRequest,
                "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS500133: Assertion is not within its valid time range.\",\"error_codes\":[500133]}"),
            Answer.ConsentMissing => Json(HttpStatusCode.BadRequest,
                "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS65001: The user or administrator has not consented to use the application.\",\"error_codes\":[65001],\"suberror\":\"consent_required\"}"),
            _ => Json(HttpStatusCode.OK,
                "{\"token_type\":\"Bearer\",\"scope\":\"https://graph.microsoft.com/.default\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"downstream-token-never-shown\"}"),
        };
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
