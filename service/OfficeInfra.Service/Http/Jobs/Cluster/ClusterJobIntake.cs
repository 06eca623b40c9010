using Microsoft.Extensions.Options;
using Quartz;

namespace OfficeInfra.Service.Http.Jobs.Cluster;

/// <summary>
/// The cluster's queue: the shared store admits the job (quota and capacity counted over every instance), then
/// Quartz.NET's clustered scheduler hands it to whichever instance has a free worker. A job whose work holds the
/// signed-in user's credential cannot be rebuilt elsewhere, so it stays with this instance's own workers.
/// </summary>
internal sealed class ClusterJobIntake(PostgresJobStore store, JobBacklog backlog, ISchedulerFactory schedulers, IOptions<JobOptions> options) : IJobIntake
{
    /// <summary>The Quartz group every job is scheduled in.</summary>
    public const string Group = "officeinfra";

    /// <inheritdoc />
    public async Task<Admission> TryEnqueueAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var admission = store.TryAdd(job, options.Value.MaxPerCaller, options.Value.QueueCapacity);
        if (admission != Admission.Queued)
        {
            return admission;
        }
        if (job.Request is null)
        {
            backlog.Post(job);
            return admission;
        }
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var detail = JobBuilder.Create<ClusterJob>().WithIdentity(job.Id, Group).UsingJobData(ClusterJob.JobIdKey, job.Id)
            .RequestRecovery().Build();
        var trigger = TriggerBuilder.Create().WithIdentity(job.Id, Group).StartNow().Build();
        // Not the request's token: once the job is recorded it must be scheduled, whether or not the client waits.
        await scheduler.ScheduleJob(detail, trigger, default, CancellationToken.None).ConfigureAwait(false);
        return admission;
    }
}
