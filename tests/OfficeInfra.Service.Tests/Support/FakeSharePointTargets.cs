using Azure.Core;
using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Local;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.SharePoint;
using OfficeInfra.Service.Http.LibraryRuns;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>Records which SharePoint targets publish jobs asked for, with which credential, and how many were disposed.</summary>
internal sealed class FakeSharePointTargets : ISharePointTargets
{
    private int _disposed;

    public List<(SharePointOptions Options, TokenCredential? Credential)> Created { get; } = [];

    public int Disposed => Volatile.Read(ref _disposed);

    /// <summary>Where the fake library lives: one folder per factory, so tests running side by side never share it.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "officeinfra-tests", "sharepoint-fake-" + Guid.NewGuid().ToString("N"));

    public ILibraryTarget Create(SharePointOptions options, TokenCredential? credential)
    {
        lock (Created)
        {
            Created.Add((options, credential));
        }
        return new Target(new LocalLibraryTarget(Folder),
            () => Interlocked.Increment(ref _disposed));
    }

    // Like the real SharePoint target, it owns resources and must be disposed by whoever created it.
    private sealed class Target(ILibraryTarget inner, Action onDispose) : ILibraryTarget, IDisposable
    {
        public Task<LibrarySnapshot> ReadAsync(CancellationToken cancellationToken = default) => inner.ReadAsync(cancellationToken);

        public Task ApplyAsync(LibraryPlan plan, DesiredLibrary desired, IProgress<WorkProgress>? progress = null,
            CancellationToken cancellationToken = default) => inner.ApplyAsync(plan, desired, progress, cancellationToken);

        public void Dispose() => onDispose();
    }
}
