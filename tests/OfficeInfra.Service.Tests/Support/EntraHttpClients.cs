using Microsoft.Identity.Client;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>Sends MSAL's requests to <see cref="FakeEntra"/> instead of login.microsoftonline.com.</summary>
public sealed class EntraHttpClients(FakeEntra entra) : IMsalHttpClientFactory, IDisposable
{
    private readonly HttpClient _client = new(entra, disposeHandler: false);

    public HttpClient GetHttpClient() => _client;

    public void Dispose() => _client.Dispose();
}
