using Microsoft.Extensions.Options;
using OfficeInfra.Publishing.Local;
using OfficeInfra.Service.Http.Telemetry;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>
/// Runs jobs, each in its own logging scope: those in this instance's <see cref="JobBacklog"/>,
/// <see cref="JobOptions.Concurrency"/> at a time, and (with the PostgreSQL store) those the cluster's scheduler hands it.
/// </summary>
internal sealed class JobRunner(JobBacklog queue, IJobStore store, IOptions<JobOptions> options, TimeProvider time, JobTelemetry telemetry,
    ILogger<JobRunner> logger) : BackgroundService
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

    /// <summary>
    /// Runs one job to success, failure or cancellation within <see cref="JobOptions.Timeout"/>; never throws. The
    /// worker is freed when the time is up or the job is cancelled even if the work has not yet noticed its token.
    /// </summary>
    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["JobId"] = job.Id, ["CorrelationId"] = job.CorrelationId, ["Caller"] = job.Owner });
        if (!job.TryStart())
        {
            return;
        }
        store.Save(job);
        using var run = telemetry.StartRun(job);
        var started = time.GetTimestamp();
        JobLog.Started(logger, job.Id, job.Kind);
        var timeout = options.Value.Timeout;
        using var timer = new CancellationTokenSource(timeout, time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, job.CancelRequested, timer.Token);
        try
        {
            PrivateFiles.CreateFolder(job.Folder);
            var result = await job.Work(job, job.Progress(), stop.Token).WaitAsync(stop.Token).ConfigureAwait(false);
            job.Succeed(result, time.GetUtcNow());
            JobLog.Succeeded(logger, job.Id);
        }
        catch (OfficeInfraException e)
        {
            job.Fail(new JobError(ProblemTitles.For(e.Kind), e.Message), time.GetUtcNow());
            JobLog.Failed(logger, job.Id, e.Kind, e.Message);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Stopped(job, cancellationToken.IsCancellationRequested, timer.IsCancellationRequested, timeout);
        }
        catch (Exception e)
        {
            // The log keeps the details for the operator; the caller gets one sentence.
            job.Fail(new JobError("Unexpected problem", "The job stopped on an unexpected problem; the service log has the details."), time.GetUtcNow());
            JobLog.Crashed(logger, e, job.Id);
        }
        finally
        {
            PrivateFiles.Seal(job.Folder);
            store.Save(job);
            telemetry.Ended(job, run, time.GetElapsedTime(started));
        }
    }

    private void Stopped(Job job, bool serviceStopping, bool timedOut, TimeSpan timeout)
    {
        var now = time.GetUtcNow();
        if (serviceStopping)
        {
            job.Fail(new JobError("Stopped", "The service stopped before the job finished."), now);
        }
        else if (timedOut)
        {
            job.Fail(new JobError("Timed out", $"The job took longer than the {Words(timeout)} the service allows for one job (Jobs:Timeout), so it was stopped."), now);
            JobLog.TimedOut(logger, job.Id, timeout);
        }
        else
        {
            job.Cancel(now);
            JobLog.Cancelled(logger, job.Id);
        }
    }

    private static string Words(TimeSpan span) =>
        span >= TimeSpan.FromMinutes(1) ? $"{span.TotalMinutes:0.#} minutes" : $"{span.TotalSeconds:0.#} seconds";
}
