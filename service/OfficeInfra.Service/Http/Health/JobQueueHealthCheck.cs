using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OfficeInfra.Service.Http.Jobs;

namespace OfficeInfra.Service.Http.Health;

/// <summary>Ready only while the job queue has room: a full queue refuses new jobs (503), so a balancer should send them elsewhere.</summary>
internal sealed class JobQueueHealthCheck(IJobStore store, IOptions<JobOptions> options) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var waiting = store.CountQueued();
        var capacity = Math.Max(1, options.Value.QueueCapacity);
        return Task.FromResult(waiting < capacity
            ? HealthCheckResult.Healthy($"{waiting} of {capacity} queue places taken.")
            : HealthCheckResult.Unhealthy($"The job queue is full ({capacity} jobs waiting, Jobs:QueueCapacity)."));
    }
}
