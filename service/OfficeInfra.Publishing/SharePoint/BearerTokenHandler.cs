using System.Net.Http.Headers;
using Azure.Core;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// Adds a SharePoint token to REST calls. The scope is the tenant's SharePoint host (<c>https://{tenant}.sharepoint.com/.default</c>),
/// which Entra only grants app-only with a certificate credential.
/// </summary>
internal sealed class BearerTokenHandler(TokenCredential credential, string scope) : DelegatingHandler
{
    private readonly TokenRequestContext _context = new([scope]);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && CredentialTokenProvider.IsSafeScheme(uri))
        {
            var token = await credential.GetTokenAsync(_context, cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
