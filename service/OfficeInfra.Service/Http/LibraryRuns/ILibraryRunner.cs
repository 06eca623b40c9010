using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Service.Http.LibraryRuns;

/// <summary>Runs the library for a job: the seam tests replace to drive jobs without generating real documents.</summary>
internal interface ILibraryRunner
{
    /// <summary>Plans, and when <see cref="LibraryRun.Apply"/> applies, <paramref name="run"/> against <paramref name="target"/>.</summary>
    Task<LibraryRunResult> RunAsync(LibraryRun run, ILibraryTarget target, IProgress<WorkProgress> progress, CancellationToken cancellationToken);
}
