using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Library;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http.Library;

/// <summary>The real runner: the same <see cref="LibraryPublisher"/> the CLI uses, over templates from <c>Templates:Path</c>.</summary>
public sealed class PublisherLibraryRunner(IConfiguration configuration) : ILibraryRunner
{
    /// <inheritdoc />
    public Task<LibraryRunResult> RunAsync(LibraryRun run, ILibraryTarget target, IProgress<WorkProgress> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var publisher = LibraryPublishers.Create(configuration["Templates:Path"], run.Options);
        return run.Apply
            ? publisher.PublishAsync(run.Registers, run.AsOf, target, progress, cancellationToken)
            : publisher.PlanAsync(run.Registers, run.AsOf, target, progress, cancellationToken);
    }
}
