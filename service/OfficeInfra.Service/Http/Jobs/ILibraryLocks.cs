namespace OfficeInfra.Service.Http.Jobs;

/// <summary>Serialises publishes to one library: while one holds its library's lock, another waits.</summary>
internal interface ILibraryLocks
{
    /// <summary>Waits for, then holds, the lock on <paramref name="library"/> until the result is disposed.</summary>
    Task<IAsyncDisposable> HoldAsync(string library, CancellationToken cancellationToken);
}
