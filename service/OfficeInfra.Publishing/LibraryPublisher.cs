using OfficeInfra.Documents;
using OfficeInfra.Publishing.Library;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Publishing;

/// <summary>What a run planned, and whether it applied the plan.</summary>
public sealed record LibraryRunResult(LibraryPlan Plan, DesiredLibrary Desired, bool Applied);

/// <summary>
/// The one road from registers to a library: generate every document from the sources, lay them out as SPEC §3
/// says, compare with what the target holds, and (unless only planning) make the target match.
/// Used by the CLI (<c>generate</c>, <c>publish</c>) and by the HTTP service's jobs alike.
/// </summary>
public sealed class LibraryPublisher(IReadOnlyList<IDocumentSource> sources, LibraryOptions options)
{
    private readonly IReadOnlyList<IDocumentSource> _sources = sources;
    private readonly LibraryOptions _options = options;

    /// <summary>
    /// Generates the documents and lays out the library. Throws <see cref="OfficeInfraException"/> with
    /// <see cref="ErrorKind.RegistersHaveErrors"/> when the registers have errors (nothing is generated).
    /// </summary>
    public DesiredLibrary BuildDesired(RegisterSet registers, DateOnly asOf, IProgress<WorkProgress>? progress = null,
        CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Builds the desired library and compares it with <paramref name="target"/> without changing anything.</summary>
    public Task<LibraryRunResult> PlanAsync(RegisterSet registers, DateOnly asOf, ILibraryTarget target,
        IProgress<WorkProgress>? progress = null, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Plans, then applies the plan to <paramref name="target"/>; a second run in a row finds nothing to do.</summary>
    public Task<LibraryRunResult> PublishAsync(RegisterSet registers, DateOnly asOf, ILibraryTarget target,
        IProgress<WorkProgress>? progress = null, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
