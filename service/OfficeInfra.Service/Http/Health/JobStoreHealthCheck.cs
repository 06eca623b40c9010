using Microsoft.Extensions.Diagnostics.HealthChecks;
using OfficeInfra.Service.Http.Jobs;

namespace OfficeInfra.Service.Http.Health;

/// <summary>Ready only while the job store answers a query: without it no job can be started, followed or downloaded.</summary>
internal sealed class JobStoreHealthCheck(IJobStore store) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            store.Ping();
            return Task.FromResult(HealthCheckResult.Healthy("The job store answers."));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reason goes to the log (the health service logs failed checks with their exception), not to anonymous callers.
            return Task.FromResult(HealthCheckResult.Unhealthy("The job store does not answer.", e));
        }
    }
}
