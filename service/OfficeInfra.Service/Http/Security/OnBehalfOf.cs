using System.Security.Cryptography.X509Certificates;
using Azure.Core;
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
    public static TokenCredential? For(HttpRequest request, AuthOptions auth)
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
        if (!string.IsNullOrEmpty(auth.CertificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(auth.CertificatePath, password: null);
            return new OnBehalfOfCredential(auth.TenantId, auth.ClientId, certificate, token, options);
        }
        if (!string.IsNullOrEmpty(auth.ClientSecret))
        {
            return new OnBehalfOfCredential(auth.TenantId, auth.ClientId, auth.ClientSecret, token, options);
        }
        throw new OfficeInfraException(ErrorKind.Configuration, "Publishing as the signed-in user needs Auth:ClientSecret or Auth:CertificatePath for the on-behalf-of flow.");
    }
}
