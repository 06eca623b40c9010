using System.Collections.Concurrent;
using OfficeInfra.Publishing.SharePoint;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>The library locks of one service (the SQLite store): one semaphore per library, in memory.</summary>
internal sealed class LibraryLocks : ILibraryLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <summary>No lock at all, for work that needs none (a dry run).</summary>
    public static readonly IAsyncDisposable None = new Held(null);

    /// <summary>The key a library is locked under: its site and name, as SharePoint compares them (case-insensitively).</summary>
    public static string KeyOf(SharePointOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return $"{options.SiteUrl?.TrimEnd('/')}|{options.LibraryName}".ToUpperInvariant();
    }

    /// <inheritdoc />
    public async Task<IAsyncDisposable> HoldAsync(string library, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(library, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Held(gate);
    }

    private sealed class Held(SemaphoreSlim? gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate?.Release();
            return ValueTask.CompletedTask;
        }
    }
}
