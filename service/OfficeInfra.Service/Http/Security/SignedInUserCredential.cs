using Azure.Core;

namespace OfficeInfra.Service.Http.Security;

/// <summary>The signed-in user as a credential the SharePoint target can use: each token comes from the shared on-behalf-of cache.</summary>
internal sealed class SignedInUserCredential(OnBehalfOfTokens tokens, string assertion) : TokenCredential
{
    /// <inheritdoc />
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        tokens.AcquireAsync(assertion, requestContext.Scopes, cancellationToken);
}
