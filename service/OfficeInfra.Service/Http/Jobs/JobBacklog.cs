using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>The bounded queue (a channel) between the endpoints that start jobs and the workers that run them.</summary>
public sealed class JobBacklog(IOptions<JobOptions> options, JobStore store)
{
    private readonly Channel<Job> _channel = Channel.CreateBounded<Job>(
        new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity)) { FullMode = BoundedChannelFullMode.Wait });

    private readonly Lock _admitting = new();

    /// <summary>
    /// Stores and queues <paramref name="job"/> unless its caller already has <see cref="JobOptions.MaxPerCaller"/>
    /// jobs queued or running (one caller cannot fill the shared queue) or the queue is full.
    /// </summary>
    public Admission TryEnqueue(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        // One lock so that two parallel requests of one caller cannot both pass the count.
        lock (_admitting)
        {
            if (store.CountUnfinished(job.Owner) >= Math.Max(1, options.Value.MaxPerCaller))
            {
                return Admission.CallerAtLimit;
            }
            store.Add(job);
            if (_channel.Writer.TryWrite(job))
            {
                return Admission.Queued;
            }
            store.Remove(job);
            return Admission.QueueFull;
        }
    }

    /// <summary>How many jobs wait for a worker.</summary>
    public int Count => _channel.Reader.Count;

    /// <summary>The jobs as they arrive, for the workers.</summary>
    public IAsyncEnumerable<Job> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
