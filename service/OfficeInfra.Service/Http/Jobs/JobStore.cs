using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>
/// Every job the service knows, by id, kept in memory and, durably, in the job folder (<see cref="JobDatabase"/> plus
/// each job's files), so a restart loses nothing finished. The store owns its folder: it holds a lock on it while the
/// service runs, so a second service cannot use (and sweep) the same folder. Finished jobs expire after
/// <see cref="JobOptions.RetainFor"/>, and no more than <see cref="JobOptions.MaxRetained"/> of them are kept.
/// </summary>
public sealed partial class JobStore : IDisposable
{
    private const string TrashPrefix = ".forgotten-";
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private readonly IOptions<JobOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<JobStore> _logger;
    private readonly FileStream _ownership;
    private readonly JobDatabase _database;

    /// <summary>Opens the store in <see cref="JobOptions.ResolvedFolder"/>; jobs that were unfinished when the service stopped come back failed.</summary>
    public JobStore(IOptions<JobOptions> options, TimeProvider time, ILogger<JobStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time;
        _logger = logger;
        var root = PrivateFolder.Create(options.Value.ResolvedFolder);
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

    /// <summary>Adds a new job (and records it, so a restart knows it was never finished).</summary>
    public void Add(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        _jobs[job.Id] = job;
        _database.Save(job);
        ForgetOldestBeyondLimit();
    }

    /// <summary>Throws unless the database answers a query.</summary>
    public void Ping() => _database.Ping();

    /// <summary>Records the job as it is now (after it ended, or was cancelled while queued).</summary>
    public void Save(Job job) => _database.Save(job);

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

    /// <summary>How many of <paramref name="caller"/>'s jobs are queued or running.</summary>
    public int CountUnfinished(string caller) =>
        _jobs.Values.Count(j => j.FinishedAt is null && string.Equals(j.Owner, caller, StringComparison.Ordinal));

    /// <summary>
    /// Forgets a job and its files in one step: the folder is first renamed out of the job's place (atomic), so once
    /// the job answers 404 its files are already gone from where they were served; the renamed folder is deleted after.
    /// </summary>
    public void Forget(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var trash = Path.Combine(Path.GetDirectoryName(job.Folder)!, TrashPrefix + job.Id);
        try
        {
            if (Directory.Exists(job.Folder))
            {
                Directory.Move(job.Folder, trash);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Could not move the files of forgotten job {JobId}: {Reason}", job.Id, e.Message);
        }
        _jobs.TryRemove(job.Id, out _);
        _database.Delete(job.Id);
        Delete(trash);
    }

    /// <summary>Removes a job (one that could not be queued).</summary>
    public void Remove(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        _jobs.TryRemove(job.Id, out _);
        _database.Delete(job.Id);
    }

    /// <summary>Forgets finished jobs older than the retention time and deletes their files. Returns how many went.</summary>
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
            var orphan = JobIdName().IsMatch(name) && !_jobs.ContainsKey(name) && Directory.GetLastWriteTimeUtc(folder) <= cutoff.UtcDateTime;
            if (orphan || (name.StartsWith(TrashPrefix, StringComparison.Ordinal) && JobIdName().IsMatch(name[TrashPrefix.Length..])))
            {
                Delete(folder);
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

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex JobIdName();

    private void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Could not delete expired job folder {Folder}: {Reason}", folder, e.Message);
        }
    }
}
