using System.Text.Json;
using Microsoft.Data.Sqlite;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>
/// The durable record of jobs: one SQLite file in the job folder (<c>jobs.db</c>), one row a job holding its JSON.
/// A job is written when it is queued and when it ends; progress lives in memory only. One connection, used under a
/// lock: the service writes a few rows a job, so contention is not a concern.
/// </summary>
internal sealed class JobDatabase : IDisposable
{
    private readonly Lock _lock = new();
    private readonly SqliteConnection _connection;

    /// <summary>Opens (creating when missing) the database at <paramref name="path"/>.</summary>
    public JobDatabase(string path)
    {
        // No pooling: disposing closes the file, so the folder can be deleted or opened by the next service at once.
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS jobs (
                id TEXT PRIMARY KEY, owner TEXT NOT NULL, download_name TEXT, created_at TEXT NOT NULL, job TEXT NOT NULL);
            """);
    }

    /// <summary>Writes the job as it is now.</summary>
    public void Save(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var view = job.Snapshot();
        Execute("INSERT OR REPLACE INTO jobs (id, owner, download_name, created_at, job) VALUES ($id, $owner, $name, $created, $job)",
            ("$id", job.Id), ("$owner", job.Owner), ("$name", job.DownloadName), ("$created", view.CreatedAt.ToString("O")),
            ("$job", JsonSerializer.Serialize(view, ServiceJson.Options)));
    }

    /// <summary>Removes the job's row.</summary>
    public void Delete(string id) => Execute("DELETE FROM jobs WHERE id = $id", ("$id", id));

    /// <summary>Throws unless the database answers a query.</summary>
    public void Ping() => Execute("SELECT count(*) FROM jobs");

    /// <summary>Every job kept, oldest first.</summary>
    public IReadOnlyList<StoredJob> LoadAll()
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT owner, download_name, job FROM jobs ORDER BY created_at";
            using var reader = command.ExecuteReader();
            var jobs = new List<StoredJob>();
            while (reader.Read())
            {
                var view = JsonSerializer.Deserialize<JobView>(reader.GetString(2), ServiceJson.Options)!;
                jobs.Add(new StoredJob(view, reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }
            return jobs;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
            command.ExecuteNonQuery();
        }
    }
}
