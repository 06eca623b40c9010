using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OfficeInfra.Service.Http.Security;

/// <summary>
/// Per-caller limits on /api: a fixed window of <see cref="LimitOptions.RequestsPerMinute"/> requests, and at most
/// <see cref="LimitOptions.ValidationsPerCaller"/> validations running at once (each holds its upload in memory:
/// six parallel 19.5 MB validations held 620 MB). Beyond either: 429 problem details with Retry-After. The
/// concurrency cap is an endpoint filter, so its slot spans exactly the handler that holds the upload.
/// </summary>
internal static class CallerRateLimits
{
    /// <summary>The policy name on the /api group.</summary>
    public const string Policy = "per-caller";

    /// <summary>Adds the per-caller limiters, answering 429 as problem details whatever the request accepts.</summary>
    public static IServiceCollection AddCallerRateLimits(this IServiceCollection services, LimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        services.AddSingleton(new CallerSlots(limits.ValidationsPerCaller));
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(Caller.PartitionOf(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limits.RequestsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (rejected, _) =>
            {
                var http = rejected.HttpContext;
                http.Response.Headers.RetryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : "60";
                // Executing the result writes problem JSON even to a caller that accepts only text/event-stream.
                await SecurityProblems.RateLimited().ExecuteAsync(http).ConfigureAwait(false);
            };
        });
    }

    /// <summary>
    /// Caps how many of this endpoint's requests one caller may have running at once (<see cref="LimitOptions.ValidationsPerCaller"/>);
    /// beyond it 429 with Retry-After. The slot is held while the handler reads and checks the upload.
    /// </summary>
    public static TBuilder LimitConcurrencyPerCaller<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            var slots = http.RequestServices.GetRequiredService<CallerSlots>();
            var caller = Caller.PartitionOf(http);
            if (!slots.TryEnter(caller))
            {
                http.Response.Headers.RetryAfter = "5";
                return SecurityProblems.TooManyValidations(slots.PerCaller);
            }
            try
            {
                return await next(invocation).ConfigureAwait(false);
            }
            finally
            {
                slots.Exit(caller);
            }
        });
}
