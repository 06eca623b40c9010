using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OfficeInfra.Service.Http.Security;

/// <summary>A fixed window of <see cref="LimitOptions.RequestsPerMinute"/> requests per caller on /api; more gets 429.</summary>
public static class CallerRateLimits
{
    /// <summary>The policy name on the /api group.</summary>
    public const string Policy = "per-caller";

    /// <summary>Adds the per-caller limiter, answering 429 as problem details.</summary>
    public static IServiceCollection AddCallerRateLimits(this IServiceCollection services, LimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(Caller.PartitionOf(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limits.RequestsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                http.Response.Headers.RetryAfter = "60";
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = "Slow down: try again in a minute." },
                }).ConfigureAwait(false);
            };
        });
    }
}
