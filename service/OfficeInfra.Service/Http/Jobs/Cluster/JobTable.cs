using Npgsql;

namespace OfficeInfra.Service.Http.Jobs.Cluster;

/// <summary>The shared store's one table, created by the first instance that finds it missing.</summary>
internal static class JobTable
{
    private const int SchemaLock = 0x0FF1CF;

    /// <summary>Creates the table and its index when missing; instances starting together take turns.</summary>
    public static void Create(NpgsqlDataSource data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var connection = data.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        // The columns beside "job" (the JSON callers see) are what queries select on.
        command.CommandText = $"""
            SELECT pg_advisory_xact_lock({SchemaLock}, 0);
            CREATE TABLE IF NOT EXISTS officeinfra_jobs (
                id text PRIMARY KEY,
                owner text NOT NULL,
                status text NOT NULL,
                instance text,
                local_only boolean NOT NULL,
                download_name text,
                created_at timestamptz NOT NULL,
                finished_at timestamptz,
                request text,
                job jsonb NOT NULL);
            CREATE INDEX IF NOT EXISTS officeinfra_jobs_unfinished ON officeinfra_jobs (owner) WHERE finished_at IS NULL;
            CREATE INDEX IF NOT EXISTS officeinfra_jobs_finished ON officeinfra_jobs (finished_at) WHERE finished_at IS NOT NULL;
            """;
        command.ExecuteNonQuery();
        transaction.Commit();
    }
}
