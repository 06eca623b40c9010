using Microsoft.Extensions.Options;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>Runs queued jobs, <see cref="JobOptions.Concurrency"/> at a time, each in its own logging scope.</summary>
public sealed class JobRunner(JobBacklog queue, IOptions<JobOptions> options, TimeProvider time, ILogger<JobRunner> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Concurrency)).Select(_ => Task.Run(() => WorkAsync(stoppingToken), stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await RunAsync(job, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Runs one job to success or failure; never throws.</summary>
    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["JobId"] = job.Id, ["CorrelationId"] = job.CorrelationId, ["Caller"] = job.Owner });
        JobLog.Started(logger, job.Id, job.Kind);
        job.Start();
        try
        {
            Directory.CreateDirectory(job.Folder);
            var result = await job.Work(job, job.Progress(), cancellationToken).ConfigureAwait(false);
            job.Succeed(result, time.GetUtcNow());
            JobLog.Succeeded(logger, job.Id);
        }
        catch (OfficeInfraException e)
        {
            job.Fail(new JobError(ProblemTitles.For(e.Kind), e.Message), time.GetUtcNow());
            JobLog.Failed(logger, job.Id, e.Kind, e.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            job.Fail(new JobError("Stopped", "The service stopped before the job finished."), time.GetUtcNow());
        }
        catch (Exception e)
        {
            // The log keeps the details for the operator; the caller gets one sentence.
            job.Fail(new JobError("Unexpected problem", "The job stopped on an unexpected problem; the service log has the details."), time.GetUtcNow());
            JobLog.Crashed(logger, e, job.Id);
        }
    }
}
