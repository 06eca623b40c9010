using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using OfficeInfra.Publishing.Local;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http.Jobs.Cluster;

/// <summary>
/// The shared job store (<c>Jobs:Store=PostgreSql</c>): every instance records its jobs in one PostgreSQL table and
/// keeps their files in one job folder all of them read (<c>Jobs:Folder</c>), so any instance answers for any job.
/// A job is followed through a mirror that each change's <c>NOTIFY</c> brings up to date (<see cref="JobChanges"/>),
/// so a client on one instance sees progress made on another. This instance's running jobs write their progress at
/// most every <see cref="ProgressEvery"/>.
/// </summary>
internal sealed class PostgresJobStore : IJobStore
{
    /// <summary>The NOTIFY channel: a job id when a job changed, <c>cancel:</c> and an id when a caller asked to stop it.</summary>
    public const string Channel = "officeinfra_jobs";

    /// <summary>The longest a running job's progress waits before other instances see it.</summary>
    public static readonly TimeSpan ProgressEvery = TimeSpan.FromMilliseconds(250);

    private const string CancelPrefix = "cancel:";
    private const int AdmissionLock = 0x0FF1CE;
    private readonly NpgsqlDataSource _data;
    private readonly IOptions<JobOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<PostgresJobStore> _logger;
    private readonly string _root;
    private readonly ConcurrentDictionary<string, Job> _mirrors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Job> _running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _pumping = new(StringComparer.Ordinal);

    /// <summary>Opens the store, creating its table when missing. Throws <see cref="OfficeInfraException"/> (Configuration) when the database cannot be reached.</summary>
    public PostgresJobStore(NpgsqlDataSource data, ClusterInstance instance, IOptions<JobOptions> options, TimeProvider time, ILogger<PostgresJobStore> logger)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        Instance = instance.Id;
        _data = data;
        _options = options;
        _time = time;
        _logger = logger;
        _root = PrivateFiles.CreateFolder(options.Value.ResolvedFolder);
        try
        {
            JobTable.Create(data);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new OfficeInfraException(ErrorKind.Configuration,
                $"The job database named by Jobs:ConnectionString cannot be used: {e.Message.TrimEnd('.')}.", e);
        }
    }

    /// <summary>This instance's name in the table's <c>instance</c> column (and in its presence lock, <see cref="JobChanges"/>).</summary>
    public string Instance { get; }

    /// <inheritdoc />
    public Admission TryAdd(Job job, int maxPerCaller, int queueCapacity)
    {
        ArgumentNullException.ThrowIfNull(job);
        using var connection = _data.OpenConnection();
        using var transaction = connection.BeginTransaction();
        // One admission at a time across every instance, so that the caller's quota and the queue's capacity hold
        // for the whole cluster, not per instance.
        Execute(connection, "SELECT pg_advisory_xact_lock($1, 0)", AdmissionLock);
        using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT count(*) FILTER (WHERE owner = $1), count(*) FILTER (WHERE status = 'queued') FROM officeinfra_jobs WHERE finished_at IS NULL";
            count.Parameters.Add(new NpgsqlParameter { Value = job.Owner });
            using var reader = count.ExecuteReader();
            reader.Read();
            if (reader.GetInt64(0) >= Math.Max(1, maxPerCaller))
            {
                return Admission.CallerAtLimit;
            }
            if (reader.GetInt64(1) >= Math.Max(1, queueCapacity))
            {
                return Admission.QueueFull;
            }
        }
        var view = job.Snapshot();
        Execute(connection, """
            INSERT INTO officeinfra_jobs (id, owner, status, instance, local_only, download_name, created_at, request, job)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
            """, job.Id, job.Owner, Words(view.Status), Instance, job.Request is null, (object?)job.DownloadName ?? DBNull.Value, view.CreatedAt,
            (object?)job.Request ?? DBNull.Value, JsonSerializer.Serialize(view, ServiceJson.Options));
        transaction.Commit();
        if (job.Request is null)
        {
            // Only this instance can run it, so only this instance can stop it while it waits.
            _running[job.Id] = job;
        }
        return Admission.Queued;
    }

    /// <inheritdoc />
    public void Save(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var status = job.Snapshot().Status;
        if (status.IsFinished())
        {
            _running.TryRemove(job.Id, out _);
        }
        else if (status == JobStatus.Running)
        {
            _running[job.Id] = job;
            if (_pumping.TryAdd(job.Id, true))
            {
                _ = PumpProgressAsync(job);
            }
        }
        Write(job);
    }

    /// <inheritdoc />
    public Job? Find(string id, string caller)
    {
        var stored = Load(id);
        if (stored is null)
        {
            _mirrors.TryRemove(id, out _);
            return null;
        }
        if (!string.Equals(stored.Owner, caller, StringComparison.Ordinal))
        {
            return null;
        }
        var mirror = _mirrors.GetOrAdd(id, _ => Job.Mirror(stored, _root));
        mirror.Apply(stored.View);
        return mirror;
    }

    /// <inheritdoc />
    public bool Cancel(Job job, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(job);
        var stored = Load(job.Id);
        if (stored is null || stored.View.IsFinished)
        {
            return false;
        }
        if (stored.View.Status == JobStatus.Queued)
        {
            job.Apply(stored.View);
            job.TryCancel(now);
            Write(job, onlyWhile: "status = 'queued'");
        }
        // The instance running it (or holding it, queued) hears this and stops it (JobChanges).
        Notify(CancelPrefix + job.Id);
        return true;
    }

    /// <inheritdoc />
    public int CountQueued()
    {
        using var connection = _data.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM officeinfra_jobs WHERE status = 'queued'";
        return (int)(long)command.ExecuteScalar()!;
    }

    /// <inheritdoc />
    public void Forget(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        JobFolders.Forget(job, () =>
        {
            using var connection = _data.OpenConnection();
            Execute(connection, $"WITH gone AS (DELETE FROM officeinfra_jobs WHERE id = $1 RETURNING id) SELECT pg_notify('{Channel}', id) FROM gone", job.Id);
            _mirrors.TryRemove(job.Id, out _);
        }, _logger);
    }

    /// <inheritdoc />
    public int Sweep()
    {
        var cutoff = _time.GetUtcNow() - _options.Value.RetainFor;
        var gone = new List<string>();
        using (var connection = _data.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            // Expired, and beyond the most that may be kept: whichever instance deletes a row deletes its files.
            command.CommandText = """
                DELETE FROM officeinfra_jobs WHERE finished_at <= $1 OR id IN (
                    SELECT id FROM officeinfra_jobs WHERE finished_at IS NOT NULL ORDER BY finished_at DESC OFFSET $2)
                RETURNING id
                """;
            command.Parameters.Add(new NpgsqlParameter { Value = cutoff });
            command.Parameters.Add(new NpgsqlParameter { Value = Math.Max(0, _options.Value.MaxRetained) });
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                gone.Add(reader.GetString(0));
            }
        }
        foreach (var id in gone)
        {
            _mirrors.TryRemove(id, out _);
            JobFolders.Delete(Path.Combine(_root, id), _logger);
        }
        foreach (var (id, mirror) in _mirrors)
        {
            // Finished mirrors are read again when asked for; only followed ones need to stay.
            if (mirror.FinishedAt is not null)
            {
                _mirrors.TryRemove(id, out _);
            }
        }
        return gone.Count;
    }

    /// <inheritdoc />
    public void Ping()
    {
        using var connection = _data.OpenConnection();
        Execute(connection, "SELECT 1");
    }

    /// <summary>
    /// Takes a job the cluster's scheduler handed this instance: marks it running here and returns it with its work
    /// rebuilt by <paramref name="work"/> from its request. Null when it was cancelled or forgotten meanwhile. A job
    /// taken over from an instance that died (<paramref name="recovering"/>) starts again from an empty folder.
    /// </summary>
    public Job? Claim(string id, bool recovering, Func<JobKind, string, JobWork> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var connection = _data.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE officeinfra_jobs SET status = 'running', instance = $2
            WHERE id = $1 AND request IS NOT NULL AND (status = 'queued' OR ($3 AND status = 'running'))
            RETURNING owner, download_name, request, job
            """;
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = Instance });
        command.Parameters.Add(new NpgsqlParameter { Value = recovering });
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        var stored = Read(reader);
        if (recovering)
        {
            JobFolders.Delete(Path.Combine(_root, id), _logger);
        }
        var job = Job.Resume(stored, _root, work(stored.View.Kind, stored.Request!));
        _running[id] = job;
        return job;
    }

    /// <summary>What a notification on <see cref="Channel"/> means for this instance: a mirror to bring up to date, or a job of its own to stop.</summary>
    public void Heard(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.StartsWith(CancelPrefix, StringComparison.Ordinal))
        {
            if (_running.TryGetValue(payload[CancelPrefix.Length..], out var job) && job.TryCancel(_time.GetUtcNow()) && job.Snapshot().IsFinished)
            {
                // Cancelled before its worker started it: no worker will record that, so this does.
                Save(job);
            }
            return;
        }
        if (_mirrors.TryGetValue(payload, out var mirror))
        {
            Refresh(mirror);
        }
    }

    /// <summary>Brings every mirror up to date (after the listening connection was lost, when notifications may have been missed).</summary>
    public void RefreshAll()
    {
        foreach (var mirror in _mirrors.Values)
        {
            Refresh(mirror);
        }
    }

    /// <summary>
    /// Fails the unfinished jobs held by instances that have gone: jobs that only their own instance could run (a
    /// publish holding the user's credential). An instance is gone when its presence lock is free: PostgreSQL frees it
    /// the moment that instance's connection closes, a killed process's included.
    /// </summary>
    public int FailJobsOfGoneInstances()
    {
        var orphans = new List<StoredJob>();
        using (var connection = _data.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT owner, download_name, request, job FROM officeinfra_jobs
                WHERE finished_at IS NULL AND local_only AND instance <> $1
                  AND CASE WHEN pg_try_advisory_lock({JobChanges.PresenceLock}, hashtext(instance))
                      THEN pg_advisory_unlock({JobChanges.PresenceLock}, hashtext(instance)) ELSE false END
                """;
            command.Parameters.Add(new NpgsqlParameter { Value = Instance });
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                orphans.Add(Read(reader));
            }
        }
        foreach (var stored in orphans)
        {
            var job = Job.Mirror(stored, _root);
            job.Fail(new JobError("Stopped", "The service instance running this job stopped, so it did not finish; start it again."), _time.GetUtcNow());
            Write(job);
        }
        return orphans.Count;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // The data source belongs to the container, which disposes it.
    }

    private void Refresh(Job mirror)
    {
        try
        {
            if (Load(mirror.Id) is { } stored)
            {
                mirror.Apply(stored.View);
            }
        }
        catch (NpgsqlException e)
        {
            _logger.LogWarning("Could not read job {JobId} after a change: {Reason}", mirror.Id, e.Message);
        }
    }

    // Progress is written at most every ProgressEvery while the job runs; its worker writes the end itself.
    private async Task PumpProgressAsync(Job job)
    {
        try
        {
            while (!job.Snapshot().IsFinished)
            {
                await job.WhenChanged.ConfigureAwait(false);
                await Task.Delay(ProgressEvery, _time).ConfigureAwait(false);
                Write(job, onlyWhile: "finished_at IS NULL");
            }
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            _logger.LogWarning("Could not record the progress of job {JobId}: {Reason}", job.Id, e.Message);
        }
        finally
        {
            _pumping.TryRemove(job.Id, out _);
        }
    }

    // Writes the job's state and tells every instance. A finished row is never overwritten by an unfinished state.
    private bool Write(Job job, string onlyWhile = "true")
    {
        var view = job.Snapshot();
        if (!view.IsFinished && onlyWhile == "true")
        {
            onlyWhile = "finished_at IS NULL";
        }
        using var connection = _data.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH changed AS (
                UPDATE officeinfra_jobs SET status = $2, finished_at = $3, job = $4::jsonb,
                    instance = CASE WHEN $2 = 'running' THEN $5 ELSE instance END
                WHERE id = $1 AND {onlyWhile} RETURNING id)
            SELECT pg_notify('{Channel}', id) FROM changed
            """;
        command.Parameters.Add(new NpgsqlParameter { Value = job.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = Words(view.Status) });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)view.FinishedAt ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(view, ServiceJson.Options) });
        command.Parameters.Add(new NpgsqlParameter { Value = Instance });
        using var reader = command.ExecuteReader();
        return reader.Read();
    }

    private void Notify(string payload)
    {
        using var connection = _data.OpenConnection();
        Execute(connection, $"SELECT pg_notify('{Channel}', $1)", payload);
    }

    private StoredJob? Load(string id)
    {
        using var connection = _data.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT owner, download_name, request, job FROM officeinfra_jobs WHERE id = $1";
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    private static StoredJob Read(NpgsqlDataReader reader) => new(
        JsonSerializer.Deserialize<JobView>(reader.GetString(3), ServiceJson.Options)!,
        reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));

    private static string Words(JobStatus status) => status.ToString().ToLowerInvariant();

    private static void Execute(NpgsqlConnection connection, string sql, params object[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        command.ExecuteNonQuery();
    }
}
