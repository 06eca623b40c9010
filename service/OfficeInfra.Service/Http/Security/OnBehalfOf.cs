using Azure.Core;
using Microsoft.Net.Http.Headers;

namespace OfficeInfra.Service.Http.Security;

/// <summary>
/// The credential that publishes to SharePoint as the signed-in user: the on-behalf-of flow, exchanging the caller's
/// token for a SharePoint/Graph one inside the service (<see cref="OnBehalfOfTokens"/>). The downstream token never leaves the service.
/// </summary>
internal static class OnBehalfOf
{
    /// <summary>
    /// The user's credential in Entra mode; null in local mode (the target then uses the app's own credential from
    /// settings). Throws <see cref="OfficeInfraException"/> (Configuration) when the API has no credential of its own.
    /// </summary>
    /// <param name="request">The caller's request, holding their token.</param>
    /// <param name="auth">The API's Entra settings.</param>
    /// <param name="tokens">The service's one on-behalf-of client and its token cache.</param>
    public static TokenCredential? For(HttpRequest request, AuthOptions auth, OnBehalfOfTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(tokens);
        if (!auth.Enabled)
        {
            return null;
        }
        var header = request.Headers[HeaderNames.Authorization].ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(auth.ClientId))
        {
            throw new OfficeInfraException(ErrorKind.Configuration, "Publishing as the signed-in user needs Auth:ClientId and a bearer token.");
        }
        return tokens.For(token);
    }

    /// <summary>
    /// Exchanges the caller's token once, now, so that a sign-in or consent problem is the request's 401/403 problem
    /// rather than a failed job. The token lands in the shared cache, where the job (and the user's next requests) find it.
    /// </summary>
    public static async Task CheckAsync(TokenCredential? credential, string graphBaseUrl, CancellationToken cancellationToken)
    {
        if (credential is null)
        {
            return;
        }
        var scope = $"{new Uri(graphBaseUrl).GetLeftPart(UriPartial.Authority)}/.default";
        await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken).ConfigureAwait(false);
    }
}
