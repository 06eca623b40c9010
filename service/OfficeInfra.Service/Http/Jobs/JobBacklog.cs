using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>The bounded queue (a channel) between the endpoints that start jobs and the workers that run them.</summary>
public sealed class JobBacklog(IOptions<JobOptions> options, JobStore store)
{
    private readonly Channel<Job> _channel = Channel.CreateBounded<Job>(
        new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity)) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Stores and queues <paramref name="job"/>; false when the queue is full (the caller answers 503).</summary>
    public bool TryEnqueue(Job job)
    {
        store.Add(job);
        if (_channel.Writer.TryWrite(job))
        {
            return true;
        }
        store.Remove(job);
        return false;
    }

    /// <summary>The jobs as they arrive, for the workers.</summary>
    public IAsyncEnumerable<Job> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
