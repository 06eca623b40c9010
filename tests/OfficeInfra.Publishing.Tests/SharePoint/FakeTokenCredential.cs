using Azure.Core;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>A credential that hands out a fixed token and counts the scopes asked for.</summary>
internal sealed class FakeTokenCredential : TokenCredential
{
    public const string Token = "eyJ0eXAiOiJKV1QiLCJhbGciOi.FAKE-ACCESS-TOKEN-7f3a";

    public List<string> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (Scopes)
        {
            Scopes.AddRange(requestContext.Scopes);
        }
        return new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
