using Microsoft.Extensions.Options;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>Sweeps expired jobs and their files every <see cref="JobOptions.SweepEvery"/>.</summary>
internal sealed class JobCleanup(IJobStore store, IOptions<JobOptions> options, TimeProvider time, ILogger<JobCleanup> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                if (store.Sweep() is > 0 and var swept)
                {
                    JobLog.Swept(logger, swept);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
