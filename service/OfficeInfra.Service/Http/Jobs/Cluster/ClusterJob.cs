using OfficeInfra.Registers.Rules;
using Quartz;

namespace OfficeInfra.Service.Http.Jobs.Cluster;

/// <summary>
/// What the cluster's scheduler (Quartz.NET's clustered store) runs on whichever instance has a free worker: it
/// claims the job in the shared store, rebuilds its work from the stored request, and runs it like any other job.
/// When the instance running it dies, Quartz fires it again on another instance (<c>Recovering</c>), which starts it
/// again from scratch.
/// </summary>
internal sealed class ClusterJob(PostgresJobStore store, JobWorks works, JobRunner runner) : IJob
{
    /// <summary>The job data key holding the job's id.</summary>
    public const string JobIdKey = "jobId";

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.MergedJobDataMap.GetString(JobIdKey);
        if (id is null || store.Claim(id, context.Recovering, Rebuild) is not { } job)
        {
            return;
        }
        await runner.RunAsync(job, cancellationToken).ConfigureAwait(false);
    }

    // Parsed inside the work, so that a request this instance cannot read fails the job with words, like any other problem.
    // The instance that took the request checked it; a checked set of registers does not cross processes, so this one
    // runs the rules that can find errors again (the same registers: they pass).
    private JobWork Rebuild(JobKind kind, string request) => (job, progress, token) =>
    {
        var run = RunRequest.Parse(kind, request);
        return works.Build(kind, new StartRequest(run, RegisterRules.Checked(run.Registers), request), credential: null)(job, progress, token);
    };
}
