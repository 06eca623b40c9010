using Microsoft.Extensions.Options;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>The one-service queue: admitted jobs go to this instance's own workers.</summary>
internal sealed class LocalJobIntake(IJobStore store, JobBacklog backlog, IOptions<JobOptions> options) : IJobIntake
{
    /// <inheritdoc />
    public Task<Admission> TryEnqueueAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var admission = store.TryAdd(job, options.Value.MaxPerCaller, options.Value.QueueCapacity);
        if (admission == Admission.Queued)
        {
            backlog.Post(job);
        }
        return Task.FromResult(admission);
    }
}
