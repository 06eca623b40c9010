using OfficeInfra.Documents;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Filing;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Publishing;

/// <summary>
/// The one road from registers to a library: generate every document from the sources, lay them out as SPEC §3
/// says, compare with what the target holds, and (unless only planning) make the target match.
/// Used by the CLI (<c>generate</c>, <c>publish</c>) and by the HTTP service's jobs alike.
/// </summary>
public sealed class LibraryPublisher(IReadOnlyList<IDocumentSource> sources, LibraryOptions options)
{
    private readonly IReadOnlyList<IDocumentSource> _sources = sources ?? throw new ArgumentNullException(nameof(sources));
    private readonly LibraryOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>
    /// Starts on another core what the sources can do before the registers are checked (<see cref="IDocumentSource.Prepare"/>),
    /// so that it is done by the time generation needs it. Nothing waits for it: a source that needs its result first
    /// waits for that one piece, and a failure in it surfaces where generation uses it.
    /// </summary>
    public void Prepare(DocumentLanguage language) => _ = Task.Run(() =>
    {
        foreach (var source in _sources)
        {
            source.Prepare(language);
        }
    });

    /// <summary>
    /// Generates the documents and lays out the library. Only registers the rules passed come here
    /// (<see cref="RegisterRules.Judge"/>), so nothing is checked again.
    /// </summary>
    public DesiredLibrary BuildDesired(CheckedRegisters registers, DateOnly asOf, IProgress<WorkProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        BuildDesired(registers, asOf, LibrarySnapshot.Empty, progress, cancellationToken);

    /// <summary>
    /// Generates the documents as controlled documents that follow on from <paramref name="previous"/>'s records
    /// (SPEC §3a): unchanged content keeps its version, dates and bytes; changed content gets the next version dated
    /// <paramref name="asOf"/>.
    /// </summary>
    public DesiredLibrary BuildDesired(CheckedRegisters registers, DateOnly asOf, LibrarySnapshot previous, IProgress<WorkProgress>? progress = null,
        CancellationToken cancellationToken = default) => BuildDesired(registers, asOf, previous, _options, progress, cancellationToken);

    private DesiredLibrary BuildDesired(CheckedRegisters checkedRegisters, DateOnly asOf, LibrarySnapshot previous, LibraryOptions options,
        IProgress<WorkProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(checkedRegisters);
        var registers = checkedRegisters.Registers;
        // The Organisation sheet's Review Interval, where it gives one, is the organisation's own; else the setting.
        var reviewMonths = OrganisationSettings.TryParseMonths(registers.Settings.ReviewInterval, out var months) ? months : options.ReviewMonths;
        var book = new ControlBook(asOf, previous.Records, previous.LastIssued, _sources.SelectMany(s => s.Keys(checkedRegisters)), reviewMonths);
        var documents = SourceRun.GenerateAll(_sources, checkedRegisters, book, progress, cancellationToken);
        // The Records register, when the workbook has one, gives the labels it names in place of the configuration's.
        return LibraryLayout.Build(LibraryFiling.Of(checkedRegisters), documents, options.WithRecords(registers.Records), book.LastIssued);
    }

    /// <summary>Builds the desired library and compares it with <paramref name="target"/> without changing anything.</summary>
    public async Task<LibraryRunResult> PlanAsync(CheckedRegisters registers, DateOnly asOf, ILibraryTarget target,
        IProgress<WorkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        // Names are shortened to fit the target's path limit as the target counts it (SharePoint: from the site's root),
        // and the target's records come first: each document's version and dates follow on from them.
        var root = await target.PathRootAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = await target.ReadAsync(cancellationToken).ConfigureAwait(false);
        var desired = BuildDesired(registers, asOf, snapshot, _options with { PathRoot = root }, progress, cancellationToken);
        return new LibraryRunResult(LibraryPlanner.Plan(desired, snapshot, _options), desired, Applied: false, target.LibraryUrl);
    }

    /// <summary>Plans, then applies the plan to <paramref name="target"/>; a second run in a row finds nothing to do.</summary>
    public async Task<LibraryRunResult> PublishAsync(CheckedRegisters registers, DateOnly asOf, ILibraryTarget target,
        IProgress<WorkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var planned = await PlanAsync(registers, asOf, target, progress, cancellationToken).ConfigureAwait(false);
        if (planned.Plan.IsEmpty)
        {
            return planned;
        }
        await target.ApplyAsync(planned.Plan, planned.Desired, progress, cancellationToken).ConfigureAwait(false);
        return planned with { Applied = true };
    }
}
