using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Net.Http.Headers;

namespace OfficeInfra.Service.Http.Security;

/// <summary>
/// The credential that publishes to SharePoint as the signed-in user: the on-behalf-of flow, exchanging the caller's
/// token for a SharePoint/Graph one inside the service. The downstream token never leaves the service.
/// </summary>
public static class OnBehalfOf
{
    /// <summary>
    /// The user's credential in Entra mode; null in local mode (the target then uses the app's own credential from
    /// settings). Throws <see cref="OfficeInfraException"/> (Configuration) when the API has no credential of its own.
    /// </summary>
    /// <param name="request">The caller's request, holding their token.</param>
    /// <param name="auth">The API's Entra settings.</param>
    /// <param name="transport">Where the exchange is sent (the tests' stand-in for Entra); null for the real one.</param>
    public static TokenCredential? For(HttpRequest request, AuthOptions auth, HttpPipelineTransport? transport = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(auth);
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
        var options = new OnBehalfOfCredentialOptions { AuthorityHost = new Uri(auth.Instance) };
        if (transport is not null)
        {
            options.Transport = transport;
            options.DisableInstanceDiscovery = true;
        }
        if (!string.IsNullOrEmpty(auth.CertificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(auth.CertificatePath, password: null);
            return new SignInErrors(new OnBehalfOfCredential(auth.TenantId, auth.ClientId, certificate, token, options));
        }
        if (!string.IsNullOrEmpty(auth.ClientSecret))
        {
            return new SignInErrors(new OnBehalfOfCredential(auth.TenantId, auth.ClientId, auth.ClientSecret, token, options));
        }
        throw new OfficeInfraException(ErrorKind.Configuration, "Publishing as the signed-in user needs Auth:ClientSecret or Auth:CertificatePath for the on-behalf-of flow.");
    }

    /// <summary>
    /// Exchanges the caller's token once, now, so that a sign-in or consent problem is the request's 401/403 problem
    /// rather than a failed job. The credential caches the token for the job.
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
