using OfficeInfra.Service.Http.Security;

namespace OfficeInfra.Service.Http;

/// <summary><c>GET /health</c>: the service is up, and in which mode.</summary>
public static class HealthApi
{
    /// <summary>Health answer.</summary>
    public sealed record Health(string Status, string Mode);

    /// <summary>Maps the endpoint (no authentication: load balancers call it).</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes, AuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        var health = new Health("ok", auth.Enabled ? "entra" : "local");
        routes.MapGet("/health", () => TypedResults.Ok(health)).WithName("Health").WithTags("Service");
        return routes;
    }
}
