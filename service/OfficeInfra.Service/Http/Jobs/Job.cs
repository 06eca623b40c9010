using System.Security.Cryptography;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>
/// One background job: its identity and owner, its work, and its state. State changes are made under a lock and
/// wake whoever waits on <see cref="WhenChanged"/> (the server-sent events stream).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification =
    "The cancellation source has no timer and its wait handle is never asked for, so disposing it frees nothing; " +
    "work abandoned at a timeout may still hold its token after the job is forgotten.")]
internal sealed class Job
{
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _cancel = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private JobStatus _status = JobStatus.Queued;
    private JobProgress _progress = new(0, 0);
    private DateTimeOffset? _finishedAt;
    private JobError? _error;
    private JobResult? _result;

    /// <summary>Creates a queued job with an unguessable id (128 random bits).</summary>
    public Job(JobKind kind, string owner, string correlationId, string folder, JobWork work, TimeProvider time)
        : this(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), kind, owner, correlationId, folder, work,
            (time ?? throw new ArgumentNullException(nameof(time))).GetUtcNow())
    {
    }

    private Job(string id, JobKind kind, string owner, string correlationId, string folder, JobWork work, DateTimeOffset createdAt)
    {
        Id = id;
        Kind = kind;
        Owner = owner;
        CorrelationId = correlationId;
        Folder = Path.Combine(folder, Id);
        Work = work;
        CreatedAt = createdAt;
    }

    /// <summary>
    /// A job read back from the database after a restart, as it was last saved. One that had not finished then can
    /// never finish now (its work died with the process), so it comes back failed, saying so.
    /// </summary>
    public static Job Restore(StoredJob stored, string folder, DateTimeOffset now)
    {
        var job = Mirror(stored, folder);
        if (!job.Snapshot().IsFinished)
        {
            job.Fail(new JobError("Stopped", job.Snapshot().Status == JobStatus.Running
                ? "The service stopped while this job ran, so it did not finish; start it again."
                : "The service stopped before this job could start; start it again."), now);
        }
        return job;
    }

    /// <summary>
    /// A job as the shared database last recorded it, for following a job another instance (or this one) runs:
    /// <see cref="Apply"/> brings it up to date. It cannot run.
    /// </summary>
    public static Job Mirror(StoredJob stored, string folder) =>
        FromStored(stored, folder, (_, _, _) => throw new InvalidOperationException("A mirrored job does not run here."));

    /// <summary>
    /// A stored job made runnable again with <paramref name="work"/> rebuilt from its request: queued, whatever
    /// the row said (a job taken over from an instance that died comes back as running and starts again from scratch).
    /// </summary>
    public static Job Resume(StoredJob stored, string folder, JobWork work)
    {
        var job = FromStored(stored, folder, work);
        job._status = JobStatus.Queued;
        job._progress = new JobProgress(0, 0);
        return job;
    }

    private static Job FromStored(StoredJob stored, string folder, JobWork work)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var view = stored.View;
        var job = new Job(view.Id, view.Kind, stored.Owner, view.CorrelationId, folder, work, view.CreatedAt)
        {
            DownloadName = stored.DownloadName,
            Request = stored.Request,
        };
        job.SetState(view);
        return job;
    }

    /// <summary>The job's id, also its folder name.</summary>
    public string Id { get; }

    /// <summary>What the job does.</summary>
    public JobKind Kind { get; }

    /// <summary>Who started it; only they may see it.</summary>
    public string Owner { get; }

    /// <summary>Ties the job's log lines to the request that started it.</summary>
    public string CorrelationId { get; }

    /// <summary>Where the job keeps its output.</summary>
    public string Folder { get; }

    /// <summary>The work to run.</summary>
    public JobWork Work { get; }

    /// <summary>When it was queued.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>Completes at the next state change.</summary>
    public Task WhenChanged { get { lock (_lock) { return _changed.Task; } } }

    /// <summary>When it finished, or null while it runs.</summary>
    public DateTimeOffset? FinishedAt { get { lock (_lock) { return _finishedAt; } } }

    /// <summary>The name its documents download under as one zip (the organisation's), or null.</summary>
    public string? DownloadName { get; init; }

    /// <summary>
    /// The request body the work was built from, so that any instance can build it again (a shared job store); null
    /// when the work holds what must never be stored, such as the signed-in user's credential.
    /// </summary>
    public string? Request { get; init; }

    /// <summary>Fires when a caller asks to cancel the job while it runs.</summary>
    public CancellationToken CancelRequested => _cancel.Token;

    /// <summary>Marks the job running; false when it was cancelled while it waited (a worker then skips it).</summary>
    public bool TryStart()
    {
        var started = false;
        Change(() =>
        {
            started = _status == JobStatus.Queued;
            if (started)
            {
                _status = JobStatus.Running;
            }
        });
        return started;
    }

    /// <summary>
    /// Asks the job to stop: a queued job is cancelled at once, a running one when its work notices
    /// <see cref="CancelRequested"/> (the worker then calls <see cref="Cancel"/>). False when it had already finished.
    /// </summary>
    public bool TryCancel(DateTimeOffset now)
    {
        var status = JobStatus.Queued;
        Change(() =>
        {
            status = _status;
            if (status == JobStatus.Queued)
            {
                MarkCancelled(now);
            }
        });
        if (status == JobStatus.Running)
        {
            _cancel.Cancel();
        }
        return !status.IsFinished();
    }

    /// <summary>Records progress; a total of zero keeps the last known total.</summary>
    public void Report(WorkProgress progress) =>
        Change(() => _progress = new JobProgress(progress.Done, progress.Total > 0 ? progress.Total : _progress.Total));

    /// <summary>Marks the job done with its result.</summary>
    public void Succeed(JobResult result, DateTimeOffset now) => Change(() =>
    {
        _status = JobStatus.Succeeded;
        _result = result;
        _progress = _progress with { Done = Math.Max(_progress.Done, _progress.Total) };
        _finishedAt = now;
    });

    /// <summary>Marks the job failed, with words for the user.</summary>
    public void Fail(JobError error, DateTimeOffset now) => Change(() =>
    {
        _status = JobStatus.Failed;
        _error = error;
        _finishedAt = now;
    });

    /// <summary>Marks the job cancelled at its caller's request.</summary>
    public void Cancel(DateTimeOffset now) => Change(() => MarkCancelled(now));

    /// <summary>Takes the state another instance recorded (a mirror following a job that runs elsewhere).</summary>
    public void Apply(JobView view) => Change(() => SetState(view));

    /// <summary>The job as callers see it now.</summary>
    public JobView Snapshot()
    {
        lock (_lock)
        {
            return new JobView(Id, Kind, _status, _progress, CreatedAt, _finishedAt, CorrelationId, _error, _result);
        }
    }

    /// <summary>A progress sink that feeds this job.</summary>
    public IProgress<WorkProgress> Progress() => new CallbackProgress(Report);

    private void SetState(JobView view)
    {
        _status = view.Status;
        _progress = view.Progress;
        _finishedAt = view.FinishedAt;
        _error = view.Error;
        _result = view.Result;
    }

    private void MarkCancelled(DateTimeOffset now)
    {
        if (!_status.IsFinished())
        {
            _status = JobStatus.Cancelled;
            _error = new JobError("Cancelled", "The job was cancelled at your request before it finished; nothing more will be done.");
            _finishedAt = now;
        }
    }

    private void Change(Action change)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            change();
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }
}
