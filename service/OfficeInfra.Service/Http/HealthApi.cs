using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OfficeInfra.Service.Http.Health;
using OfficeInfra.Service.Http.Security;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http;

/// <summary>
/// <c>GET /health</c> (up, and in which mode), <c>/health/live</c> (the process answers: restart it when not) and
/// <c>/health/ready</c> (it can take jobs now: the store answers, the job folder is writable, the queue has room;
/// <c>503</c> otherwise, so a balancer sends work elsewhere).
/// </summary>
internal static class HealthApi
{
    private const string Ready = "ready";

    /// <summary>Health answer.</summary>
    public sealed record Health(string Status, string Mode);

    /// <summary>Adds the readiness checks, built on ASP.NET Core's health checks.</summary>
    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<JobStoreHealthCheck>("store", tags: [Ready])
            .AddCheck<JobFolderHealthCheck>("jobFolder", tags: [Ready])
            .AddCheck<JobQueueHealthCheck>("queue", tags: [Ready]);
        return services;
    }

    /// <summary>Maps the endpoints (no authentication: load balancers and process supervisors call them).</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes, AuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        var health = new Health("ok", auth.Enabled ? "entra" : "local");
        routes.MapGet("/health", () => TypedResults.Ok(health)).WithName("Health").WithTags("Service");
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithName("Live").WithTags("Service");
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync })
            .WithName("Ready").WithTags("Service");
        return routes;
    }

    // {"status":"healthy","checks":{"store":{"status":"healthy","description":"…"},…}}
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var answer = new
        {
            status = Words(report.Status),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = Words(e.Value.Status), description = e.Value.Description }),
        };
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(answer, ServiceJson.Options));
    }

    private static string Words(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
