using System.Threading.Channels;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>
/// The jobs waiting for this instance's own workers (<see cref="JobRunner"/>): all of them with the SQLite store,
/// and with the PostgreSQL store those whose work cannot be rebuilt elsewhere. Admission (caller quota, queue
/// capacity) is the job store's, so the channel itself is unbounded.
/// </summary>
internal sealed class JobBacklog
{
    private readonly Channel<Job> _channel = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleWriter = false });

    /// <summary>Hands an admitted job to the workers.</summary>
    public void Post(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        _channel.Writer.TryWrite(job);
    }

    /// <summary>The jobs as they arrive, for the workers.</summary>
    public IAsyncEnumerable<Job> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
