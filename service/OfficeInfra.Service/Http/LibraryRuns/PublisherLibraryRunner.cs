using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Service.Http.Security;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http.LibraryRuns;

/// <summary>The real runner: the same <see cref="LibraryPublisher"/> the CLI uses, over templates from <c>Templates:Path</c>.</summary>
internal sealed class PublisherLibraryRunner(IConfiguration configuration) : ILibraryRunner
{
    /// <inheritdoc />
    public Task<LibraryRunResult> RunAsync(LibraryRun run, ILibraryTarget target, IProgress<WorkProgress> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var publisher = StandardPublisher.Create(configuration["Templates:Path"], run.Options);
        return (run.Apply, run.ConfirmPlan) switch
        {
            (false, _) => publisher.PlanAsync(run.Registers, run.AsOf, target, progress, cancellationToken),
            (true, null) => publisher.PublishAsync(run.Registers, run.AsOf, target, progress, cancellationToken),
            (true, { } confirmed) => ApplyConfirmedAsync(publisher, run, confirmed, target, progress, cancellationToken),
        };
    }

    // Plan, check the plan is the one the caller saw, then apply that very plan (not a second, fresher one).
    private static async Task<LibraryRunResult> ApplyConfirmedAsync(LibraryPublisher publisher, LibraryRun run, string confirmed,
        ILibraryTarget target, IProgress<WorkProgress> progress, CancellationToken cancellationToken)
    {
        var planned = await publisher.PlanAsync(run.Registers, run.AsOf, target, progress, cancellationToken).ConfigureAwait(false);
        PlanHash.Confirm(planned.Plan, confirmed);
        if (planned.Plan.IsEmpty)
        {
            return planned;
        }
        await target.ApplyAsync(planned.Plan, planned.Desired, progress, cancellationToken).ConfigureAwait(false);
        return planned with { Applied = true };
    }
}
