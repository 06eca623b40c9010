using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OfficeInfra.Publishing.Local;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>
/// The one-service job store (<c>Jobs:Store=Sqlite</c>, the default): every job the service knows, by id, kept in
/// memory and, durably, in the job folder (<see cref="JobDatabase"/> plus
/// each job's files), so a restart loses nothing finished. The store owns its folder: it holds a lock on it while the
/// service runs, so a second service cannot use (and sweep) the same folder. Finished jobs expire after
/// <see cref="JobOptions.RetainFor"/>, and no more than <see cref="JobOptions.MaxRetained"/> of them are kept.
/// </summary>
internal sealed class SqliteJobStore : IJobStore
{
    private readonly Lock _admitting = new();
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private readonly IOptions<JobOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteJobStore> _logger;
    private readonly FileStream _ownership;
    private readonly JobDatabase _database;

    /// <summary>Opens the store in <see cref="JobOptions.ResolvedFolder"/>; jobs that were unfinished when the service stopped come back failed.</summary>
    public SqliteJobStore(IOptions<JobOptions> options, TimeProvider time, ILogger<SqliteJobStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time;
        _logger = logger;
        var root = PrivateFiles.CreateFolder(options.Value.ResolvedFolder);
        _ownership = Own(root);
        _database = new JobDatabase(Path.Combine(root, "jobs.db"));
        foreach (var stored in _database.LoadAll())
        {
            var job = Job.Restore(stored, root, time.GetUtcNow());
            _jobs[job.Id] = job;
            if (!stored.View.Status.IsFinished())
            {
                _database.Save(job);
            }
        }
    }

    /// <inheritdoc />
    public Admission TryAdd(Job job, int maxPerCaller, int queueCapacity)
    {
        ArgumentNullException.ThrowIfNull(job);
        // One lock so that two parallel requests of one caller cannot both pass the count.
        lock (_admitting)
        {
            if (CountUnfinished(job.Owner) >= Math.Max(1, maxPerCaller))
            {
                return Admission.CallerAtLimit;
            }
            if (CountQueued() >= Math.Max(1, queueCapacity))
            {
                return Admission.QueueFull;
            }
            // Recorded now, so a restart knows it was never finished.
            _jobs[job.Id] = job;
            _database.Save(job);
        }
        ForgetOldestBeyondLimit();
        return Admission.Queued;
    }

    /// <inheritdoc />
    public void Ping() => _database.Ping();

    /// <inheritdoc />
    public void Save(Job job) => _database.Save(job);

    /// <inheritdoc />
    public bool Cancel(Job job, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!job.TryCancel(now))
        {
            return false;
        }
        // A queued job is cancelled now (and saved); a running one is saved by its worker when it stops.
        _database.Save(job);
        return true;
    }

    /// <inheritdoc />
    public int CountQueued() => _jobs.Values.Count(j => j.Snapshot().Status == JobStatus.Queued);

    // Under a burst the timed sweep falls behind (deleting folders is slow on a busy disk); this bounds the store on
    // the request that would grow it, which also slows the caller that is causing the burst.
    private void ForgetOldestBeyondLimit()
    {
        var finished = _jobs.Values.Where(j => j.FinishedAt is not null).ToList();
        var excess = finished.Count - _options.Value.MaxRetained;
        if (excess <= 0)
        {
            return;
        }
        foreach (var job in finished.OrderBy(j => j.FinishedAt).Take(excess))
        {
            Forget(job);
        }
    }

    /// <summary>The job with <paramref name="id"/> if <paramref name="caller"/> started it; otherwise null, as if it did not exist.</summary>
    public Job? Find(string id, string caller) =>
        _jobs.TryGetValue(id, out var job) && string.Equals(job.Owner, caller, StringComparison.Ordinal) ? job : null;

    private int CountUnfinished(string caller) =>
        _jobs.Values.Count(j => j.FinishedAt is null && string.Equals(j.Owner, caller, StringComparison.Ordinal));

    /// <inheritdoc />
    public void Forget(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        JobFolders.Forget(job, () =>
        {
            _jobs.TryRemove(job.Id, out _);
            _database.Delete(job.Id);
        }, _logger);
    }

    /// <inheritdoc />
    public int Sweep()
    {
        var cutoff = _time.GetUtcNow() - _options.Value.RetainFor;
        var swept = 0;
        foreach (var job in _jobs.Values)
        {
            if (job.FinishedAt is { } finished && finished <= cutoff)
            {
                Forget(job);
                swept++;
            }
        }
        return swept + SweepOrphans(cutoff);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _database.Dispose();
        _ownership.Dispose();
    }

    /// <summary>
    /// Deletes folders in this store's own folder that no job owns: files of jobs forgotten by a run that died
    /// before deleting them. Only folders named like job ids (or forgotten ones) are touched, never anything else.
    /// </summary>
    private int SweepOrphans(DateTimeOffset cutoff)
    {
        var root = _options.Value.ResolvedFolder;
        var swept = 0;
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var name = Path.GetFileName(folder);
            if (!JobFolders.IsJobShaped(name, out var forgotten))
            {
                continue;
            }
            if (forgotten || (!_jobs.ContainsKey(name) && Directory.GetLastWriteTimeUtc(folder) <= cutoff.UtcDateTime))
            {
                JobFolders.Delete(folder, _logger);
                swept++;
            }
        }
        return swept;
    }

    // An exclusive lock (flock on Unix) on a file in the folder, held while the service runs.
    private static FileStream Own(string root)
    {
        var path = Path.Combine(root, "jobs.lock");
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new OfficeInfraException(ErrorKind.Configuration,
                $"The job folder '{root}' is in use by another OfficeInfra service; give each service its own Jobs:Folder.", e);
        }
    }
}
