namespace OfficeInfra.Service.Http;

/// <summary>Background job settings (section <c>Jobs</c>).</summary>
internal sealed class JobOptions
{
    /// <summary>
    /// Where jobs are recorded: <see cref="JobStoreKind.Sqlite"/> (the default: one service, its own data folder) or
    /// <see cref="JobStoreKind.PostgreSql"/> (any number of services sharing <see cref="ConnectionString"/> and <see cref="Folder"/>).
    /// </summary>
    public JobStoreKind Store { get; set; } = JobStoreKind.Sqlite;

    /// <summary>The PostgreSQL connection string (Npgsql's form) when <see cref="Store"/> is PostgreSql.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How many jobs run at once on each instance (default 2).</summary>
    public int Concurrency { get; set; } = 2;

    /// <summary>How many jobs may wait; beyond it new jobs are refused with 503 (default 32).</summary>
    public int QueueCapacity { get; set; } = 32;

    /// <summary>How many jobs one caller may have queued or running at once; beyond it 429 (default 4).</summary>
    public int MaxPerCaller { get; set; } = 4;

    /// <summary>How long a job may run; past it the job fails ("Timed out") and frees its worker (default 10 minutes).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a finished job and its files are kept (default one hour).</summary>
    public TimeSpan RetainFor { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How many finished jobs are kept at most, whatever their age (default 500): past it the oldest are forgotten
    /// and their files deleted as new jobs arrive, so a burst of jobs cannot fill memory and disk before the sweep.
    /// </summary>
    public int MaxRetained { get; set; } = 500;

    /// <summary>How often expired jobs are swept (default one minute).</summary>
    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Where jobs are kept: their database (<c>jobs.db</c>, SQLite store) and their files (default: <c>officeinfra/jobs</c>
    /// in the user's local data folder, <c>~/.local/share</c> on Linux). With the SQLite store one service per folder;
    /// with PostgreSQL, one folder every instance reads and writes (a shared mount when they run on several hosts).
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>The job folder actually used.</summary>
    public string ResolvedFolder => Folder ?? DefaultFolder();

    private static string DefaultFolder()
    {
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        // Without a home folder (some service accounts) fall back to a folder of this user's own under temp.
        return string.IsNullOrEmpty(data)
            ? Path.Combine(Path.GetTempPath(), $"officeinfra-jobs-{Environment.UserName}")
            : Path.Combine(data, "officeinfra", "jobs");
    }
}
