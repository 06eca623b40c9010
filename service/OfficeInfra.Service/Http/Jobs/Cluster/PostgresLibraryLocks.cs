using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace OfficeInfra.Service.Http.Jobs.Cluster;

/// <summary>
/// The library locks of a cluster: a PostgreSQL advisory lock keyed on the library, held on its own connection for
/// the whole publish. PostgreSQL frees it when that connection closes, so an instance that dies mid-publish never
/// leaves its library locked.
/// </summary>
internal sealed class PostgresLibraryLocks(NpgsqlDataSource data) : ILibraryLocks
{
    /// <inheritdoc />
    public async Task<IAsyncDisposable> HoldAsync(string library, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(library);
        var key = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(library)));
        var connection = await data.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new Held(connection, key);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
                command.Parameters.Add(new NpgsqlParameter { Value = key });
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            finally
            {
                // Closing the session frees the lock even if the unlock above could not be sent.
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
