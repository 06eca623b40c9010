using Microsoft.Extensions.Options;
using Npgsql;

namespace OfficeInfra.Service.Http.Jobs.Cluster;

/// <summary>
/// Listens on the shared store's channel and passes what it hears to <see cref="PostgresJobStore.Heard"/>, so a
/// client following a job on this instance sees each change made on any other within moments. The listening
/// connection also holds this instance's presence lock, and every <see cref="CheckEvery"/> it fails the jobs of
/// instances whose presence lock has been freed (<see cref="PostgresJobStore.FailJobsOfGoneInstances"/>).
/// </summary>
internal sealed class JobChanges(IOptions<JobOptions> options, PostgresJobStore store, TimeProvider time, ILogger<JobChanges> logger) : BackgroundService
{
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The first key of every instance's presence lock (the second is its name's hash).</summary>
    public const int PresenceLock = 0x0FF1D0;

    /// <summary>How often the jobs of instances that have gone are looked for.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(2);

    /// <summary>Completes once this instance first listens (and holds its presence lock).</summary>
    public Task Listening => _listening.Task;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or IOException)
            {
                logger.LogWarning("Lost the job database's notifications, reconnecting: {Reason}", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        // Its own connection, never pooled: the presence lock must end exactly when this connection does.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.Value.ConnectionString) { Pooling = false, KeepAlive = 5 }.ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(stoppingToken).ConfigureAwait(false);
            connection.Notification += (_, e) => store.Heard(e.Payload);
            await using (var presence = new NpgsqlCommand($"SELECT pg_advisory_lock({PresenceLock}, hashtext($1))", connection))
            {
                presence.Parameters.Add(new NpgsqlParameter { Value = store.Instance });
                await presence.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
            }
            await using (var listen = new NpgsqlCommand($"LISTEN {PostgresJobStore.Channel}", connection))
            {
                await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
            }
            // Changes made while this instance was not listening were not heard.
            store.RefreshAll();
            _listening.TrySetResult();
            var checkedAt = time.GetTimestamp();
            while (!stoppingToken.IsCancellationRequested)
            {
                await connection.WaitAsync(CheckEvery, stoppingToken).ConfigureAwait(false);
                if (time.GetElapsedTime(checkedAt) >= CheckEvery)
                {
                    checkedAt = time.GetTimestamp();
                    if (store.FailJobsOfGoneInstances() is > 0 and var failed)
                    {
                        logger.LogWarning("Failed {Count} jobs whose service instance has stopped", failed);
                    }
                }
            }
        }
    }
}
