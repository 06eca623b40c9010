using System.Collections.Concurrent;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Records;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// One application of a plan to a SharePoint library: the work the plan asks for, in the order it is done, and what
/// has been done so far, which is what the library's records say at every point (a run that fails records exactly
/// what completed). Steps run in parallel and report here under one lock.
/// </summary>
internal sealed class PlanApplication
{
    private readonly object _gate = new();
    private readonly Dictionary<string, RecordedDocument> _written = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _labelled = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _toDelete;
    private readonly IProgress<WorkProgress>? _progress;
    private int _done;

    public PlanApplication(LibraryPlan plan, DesiredLibrary desired, IProgress<WorkProgress>? progress)
    {
        Plan = plan;
        Desired = desired;
        _progress = progress;
        Uploads = [.. plan.Documents.Where(d => d.Change is DocumentChange.New or DocumentChange.Changed or DocumentChange.Overwrite)
            .Select(d => (d.ToWrite, d.Change))];
        Relabels = [.. plan.Documents.Where(d => d.Change == DocumentChange.Metadata).Select(d => d.ToWrite)];
        Deletes = [.. plan.Documents.Where(d => d.Change == DocumentChange.Delete).Select(d => d.Path)];
        Permissions = [.. plan.Permissions.Where(p => p.BreakInheritance || p.Add.Count > 0 || p.Remove.Count > 0)];
        FolderLabels = plan.FolderLabels ?? [];
        _toDelete = new HashSet<string>(Deletes, StringComparer.OrdinalIgnoreCase);
        Total = plan.FoldersToCreate.Count + Uploads.Count + Relabels.Count + Deletes.Count + Permissions.Count + FolderLabels.Count;
    }

    public LibraryPlan Plan { get; }

    public DesiredLibrary Desired { get; }

    /// <summary>Documents whose content is written, with why.</summary>
    public IReadOnlyList<(DocumentSpec Spec, DocumentChange Change)> Uploads { get; }

    /// <summary>Documents whose columns or label alone are written.</summary>
    public IReadOnlyList<DocumentSpec> Relabels { get; }

    public IReadOnlyList<string> Deletes { get; }

    /// <summary>Department folders whose permissions change.</summary>
    public IReadOnlyList<PlannedPermissions> Permissions { get; }

    public IReadOnlyList<PlannedFolderLabel> FolderLabels { get; }

    /// <summary>How many steps the run has (folders, documents, deletes, permission changes, folder labels).</summary>
    public int Total { get; }

    /// <summary>When the run started: the records' time.</summary>
    public DateTimeOffset Started { get; } = DateTimeOffset.UtcNow;

    /// <summary>The records as they were when the run began; null until read.</summary>
    public LibraryRecords? Before { get; set; }

    /// <summary>The eTag of the records this run holds (its claim on the library); null until claimed.</summary>
    public string? Held { get; set; }

    /// <summary>The bytes of the claim this run last tried to write, so a claim whose answer was lost can be recognised.</summary>
    public byte[]? Claim { get; set; }

    /// <summary>True once the records are kept to the site's owners, so this run may write names into them.</summary>
    public bool RecordsLocked { get; set; }

    /// <summary>Labels the tenant does not have, by the path that should carry them: said once, at the end.</summary>
    public ConcurrentBag<(string Path, string Label)> Unlabelled { get; } = [];

    /// <summary>One step done (<paramref name="current"/> names it), reported as progress.</summary>
    public void Step(string current) => _progress?.Report(new WorkProgress(Interlocked.Increment(ref _done), Total, current));

    /// <summary>Sets a document's line in the records (written, about to be written, or pending).</summary>
    public void Record(RecordedDocument line)
    {
        lock (_gate)
        {
            _written[line.Path] = line;
        }
    }

    public void Labelled(PlannedFolderLabel folder)
    {
        lock (_gate)
        {
            _labelled[folder.Path] = folder.Label;
        }
    }

    public void Deleted(string path)
    {
        lock (_gate)
        {
            _toDelete.Remove(path);
        }
    }

    /// <summary>
    /// Before anything is written: uploads marked pending (a run that dies leaves the mark, and the next run uploads
    /// again), and each relabelled document keeping the line it had until its columns are written.
    /// </summary>
    public void MarkPlannedWork()
    {
        var previous = (Before ?? LibraryRecords.Empty).ByPath();
        foreach (var (spec, _) in Uploads)
        {
            Record(RecordedDocument.Of(spec) with { Pending = true, CTag = previous.GetValueOrDefault(spec.Path)?.CTag, Fields = null, RetentionLabel = null });
        }
        foreach (var spec in Relabels)
        {
            var old = previous.GetValueOrDefault(spec.Path);
            Record(RecordedDocument.Of(spec) with { CTag = old?.CTag, Fields = old?.Fields, RetentionLabel = old?.RetentionLabel });
        }
    }

    /// <summary>The records as this run leaves them now; <paramref name="permissionsApplied"/> false while grants may be half done.</summary>
    public LibraryRecords Records(bool permissionsApplied)
    {
        lock (_gate)
        {
            return LibraryRecords.After(Plan, Desired, Started, Before, new Dictionary<string, RecordedDocument>(_written), [.. _toDelete], permissionsApplied,
                new Dictionary<string, string>(_labelled));
        }
    }
}
