using Azure.Core;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web.TokenCacheProviders;
using OfficeInfra.Publishing.SharePoint;

namespace OfficeInfra.Service.Http.Security;

/// <summary>
/// The on-behalf-of exchange for the whole service: one MSAL confidential client with one token cache, so a user's
/// downstream token is fetched once and reused by their next requests (and jobs) until it nears expiry, not fetched
/// again per request. The cache is Microsoft.Identity.Web's (<c>AddInMemoryTokenCaches</c>, per instance; an entry
/// lives until its tokens expire, and a memory cache of a bounded size holds them).
/// </summary>
internal sealed class OnBehalfOfTokens
{
    private readonly Lazy<IConfidentialClientApplication> _app;

    /// <summary>Reads the API's Entra settings; <paramref name="http"/> sends the exchange elsewhere (the tests' stand-in for Entra).</summary>
    public OnBehalfOfTokens(IOptions<AuthOptions> auth, IMsalTokenCacheProvider cache, IMsalHttpClientFactory? http = null)
    {
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(cache);
        _app = new Lazy<IConfidentialClientApplication>(() =>
        {
            var app = Build(auth.Value, http);
            // On-behalf-of tokens are kept in the user token cache, one entry per user's token (the assertion).
            cache.Initialize(app.UserTokenCache);
            return app;
        });
    }

    /// <summary>
    /// The credential of the user whose token is <paramref name="assertion"/>. Throws <see cref="OfficeInfraException"/>
    /// (Configuration) when the API has no credential of its own.
    /// </summary>
    public TokenCredential For(string assertion)
    {
        _ = _app.Value;
        return new SignedInUserCredential(this, assertion);
    }

    /// <summary>A token for <paramref name="scopes"/> on behalf of the user of <paramref name="assertion"/>: from the cache when it holds one.</summary>
    public async ValueTask<AccessToken> AcquireAsync(string assertion, string[] scopes, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _app.Value.AcquireTokenOnBehalfOf(scopes, new UserAssertion(assertion)).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return new AccessToken(result.AccessToken, result.ExpiresOn);
        }
        catch (MsalException e)
        {
            throw SignInErrors.Translate(e);
        }
    }

    private static IConfidentialClientApplication Build(AuthOptions auth, IMsalHttpClientFactory? http)
    {
        if (string.IsNullOrEmpty(auth.ClientId))
        {
            throw new OfficeInfraException(ErrorKind.Configuration, "Publishing as the signed-in user needs Auth:ClientId and a bearer token.");
        }
        var builder = ConfidentialClientApplicationBuilder.Create(auth.ClientId).WithAuthority($"{auth.Instance.TrimEnd('/')}/{auth.TenantId}/");
        if (!string.IsNullOrEmpty(auth.CertificatePath))
        {
            builder = builder.WithCertificate(CertificateFile.Load(auth.CertificatePath, auth.CertificatePassword, "Auth:CertificatePath"));
        }
        else if (!string.IsNullOrEmpty(auth.ClientSecret))
        {
            builder = builder.WithClientSecret(auth.ClientSecret);
        }
        else
        {
            throw new OfficeInfraException(ErrorKind.Configuration, "Publishing as the signed-in user needs Auth:ClientSecret or Auth:CertificatePath for the on-behalf-of flow.");
        }
        if (http is not null)
        {
            builder = builder.WithHttpClientFactory(http).WithInstanceDiscovery(false);
        }
        return builder.Build();
    }
}
