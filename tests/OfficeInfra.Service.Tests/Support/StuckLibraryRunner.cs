using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Service.Http.LibraryRuns;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>
/// Work that never ends and never looks at its cancellation token on its first run (like a layout loop that does
/// not terminate), then behaves as <see cref="FakeLibraryRunner"/>.
/// </summary>
internal sealed class StuckLibraryRunner : ILibraryRunner
{
    private int _runs;

    public FakeLibraryRunner Then { get; } = new();

    public Task<LibraryRunResult> RunAsync(LibraryRun run, ILibraryTarget target, IProgress<WorkProgress> progress, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref _runs) == 1
            ? new TaskCompletionSource<LibraryRunResult>().Task
            : Then.RunAsync(run, target, progress, cancellationToken);
}
