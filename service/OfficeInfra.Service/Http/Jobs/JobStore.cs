using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>
/// Every job the service knows, by id; finished jobs expire after <see cref="JobOptions.RetainFor"/>, and no more
/// than <see cref="JobOptions.MaxRetained"/> of them are kept.
/// </summary>
public sealed partial class JobStore(IOptions<JobOptions> options, TimeProvider time, ILogger<JobStore> logger)
{
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);

    /// <summary>Adds a new job.</summary>
    public void Add(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        _jobs[job.Id] = job;
        ForgetOldestBeyondLimit();
    }

    // Under a burst the timed sweep falls behind (deleting folders is slow on a busy disk); this bounds the store on
    // the request that would grow it, which also slows the caller that is causing the burst.
    private void ForgetOldestBeyondLimit()
    {
        var finished = _jobs.Values.Where(j => j.FinishedAt is not null).ToList();
        var excess = finished.Count - options.Value.MaxRetained;
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

    /// <summary>Deletes a job's files, then forgets it: once a job answers 404 its files are gone.</summary>
    public void Forget(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        Delete(job.Folder);
        _jobs.TryRemove(job.Id, out _);
    }

    /// <summary>Removes a job (one that could not be queued).</summary>
    public void Remove(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        _jobs.TryRemove(job.Id, out _);
    }

    /// <summary>Forgets finished jobs older than the retention time and deletes their files. Returns how many went.</summary>
    public int Sweep()
    {
        var cutoff = time.GetUtcNow() - options.Value.RetainFor;
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

    /// <summary>Deletes job folders a previous run of the service left behind (only folders named like job ids).</summary>
    private int SweepOrphans(DateTimeOffset cutoff)
    {
        var root = options.Value.ResolvedFolder;
        if (!Directory.Exists(root))
        {
            return 0;
        }
        var swept = 0;
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var name = Path.GetFileName(folder);
            if (JobIdName().IsMatch(name) && !_jobs.ContainsKey(name) && Directory.GetLastWriteTimeUtc(folder) <= cutoff.UtcDateTime)
            {
                Delete(folder);
                swept++;
            }
        }
        return swept;
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
            logger.LogWarning("Could not delete expired job folder {Folder}: {Reason}", folder, e.Message);
        }
    }
}
