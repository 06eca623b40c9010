using System.Net;
using Azure.Core;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// Hands Azure.Identity tokens to the Graph SDK for the configured Graph host only, and over https only (plain
/// http is allowed to loopback, where the tests' fake server runs). Upload URLs on other hosts get no token.
/// </summary>
internal sealed class CredentialTokenProvider(TokenCredential credential, Uri resource) : IAccessTokenProvider
{
    private readonly string[] _scopes = [$"{resource.GetLeftPart(UriPartial.Authority)}/.default"];

    public AllowedHostsValidator AllowedHostsValidator { get; } = new([resource.Host]);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri) || !IsSafeScheme(uri))
        {
            return string.Empty;
        }
        var token = await credential.GetTokenAsync(new TokenRequestContext(_scopes), cancellationToken).ConfigureAwait(false);
        return token.Token;
    }

    internal static bool IsSafeScheme(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));
}
