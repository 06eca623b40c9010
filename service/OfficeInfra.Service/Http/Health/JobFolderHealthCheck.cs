using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace OfficeInfra.Service.Http.Health;

/// <summary>Ready only while a file can be written in the job folder (a full disk or a folder made read-only fails every job).</summary>
internal sealed class JobFolderHealthCheck(IOptions<JobOptions> options) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var folder = options.Value.ResolvedFolder;
        // A unique name: probes from several load balancers may overlap. The name is not a job id, so no sweep takes it.
        var probe = Path.Combine(folder, $".ready-{Guid.NewGuid():N}");
        try
        {
            await File.WriteAllBytesAsync(probe, [1], cancellationToken).ConfigureAwait(false);
            File.Delete(probe);
            return HealthCheckResult.Healthy("The job folder is writable.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder and reason go to the log, not to anonymous callers.
            return HealthCheckResult.Unhealthy("The job folder cannot be written.", new IOException($"Cannot write in {folder}: {e.Message}", e));
        }
    }
}
