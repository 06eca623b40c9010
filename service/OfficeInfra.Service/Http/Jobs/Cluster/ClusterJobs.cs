using Npgsql;
using Quartz;

namespace OfficeInfra.Service.Http.Jobs.Cluster;

/// <summary>The services of the shared store: the PostgreSQL store, its listener, library locks, and Quartz.NET clustered over the same database.</summary>
internal static class ClusterJobs
{
    /// <summary>How often each instance tells the cluster it is alive.</summary>
    public static readonly TimeSpan CheckinEvery = TimeSpan.FromSeconds(2);

    /// <summary>How long past a missed check-in the others wait before taking over an instance's jobs.</summary>
    public static readonly TimeSpan CheckinGrace = TimeSpan.FromSeconds(5);

    /// <summary>Adds the shared store for <paramref name="options"/> (its connection string and concurrency).</summary>
    public static IServiceCollection AddClusterJobs(this IServiceCollection services, JobOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = options.ConnectionString ?? string.Empty;
        var instance = ClusterInstance.New();
        services.AddSingleton(instance);
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton<PostgresJobStore>();
        services.AddSingleton<IJobStore>(s => s.GetRequiredService<PostgresJobStore>());
        services.AddSingleton<IJobIntake, ClusterJobIntake>();
        services.AddSingleton<ILibraryLocks, PostgresLibraryLocks>();
        services.AddHostedService<JobChanges>();
        services.AddTransient<ClusterJob>();
        services.AddQuartz(q =>
        {
            // One scheduler name for every instance: that is what makes them one cluster. Each gets its own id.
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = "officeinfra";
                s.InstanceId = instance.Id;
                // An instance with nothing to do looks for new jobs this often (it hears at once of jobs it queues itself).
                s.IdleWaitTime = TimeSpan.FromSeconds(1);
            });
            q.UseDefaultThreadPool(Math.Max(1, options.Concurrency));
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                // Quartz creates its own tables (qrtz_*) when missing, and only ever creates.
                store.ProvisionSchema();
                store.ConfigureStore(s => s.StoreJobDataAsStrings = true);
                store.UseClustering(c =>
                {
                    c.CheckinInterval = CheckinEvery;
                    c.CheckinMisfireThreshold = CheckinGrace;
                });
            });
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = false);
        return services;
    }
}
