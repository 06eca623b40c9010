using System.Net;

namespace OfficeInfra.Service.Http;

/// <summary>
/// Local mode (no Entra ID configured) has no authentication, so it must only be reachable from this machine:
/// every listening address has to be loopback.
/// </summary>
internal static class LoopbackGuard
{
    /// <summary>Where local mode listens when no <c>--urls</c> is given.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Throws <see cref="OfficeInfraException"/> (Configuration) when one of <paramref name="urls"/> is not loopback.</summary>
    public static void Check(string? urls)
    {
        foreach (var url in (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IsLoopback(url))
            {
                throw new OfficeInfraException(ErrorKind.Configuration,
                    $"Without Entra ID settings (Auth:TenantId and Auth:Audience) the service listens on loopback addresses only, and '{url}' is not one.");
            }
        }
    }

    private static bool IsLoopback(string url)
    {
        // Kestrel's wildcards (*, +) are not valid URI hosts; they mean "every interface", which is exactly what we refuse.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }
        var host = uri.Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
