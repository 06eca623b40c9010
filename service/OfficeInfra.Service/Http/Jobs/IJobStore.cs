namespace OfficeInfra.Service.Http.Jobs;

/// <summary>
/// Where jobs are recorded and found: each job's state, its owner and (through its folder) its files. Two
/// implementations keep the same promises (<c>JobStoreContract</c> in the tests holds both to them):
/// <see cref="SqliteJobStore"/>, one service with its own data folder, and <see cref="Cluster.PostgresJobStore"/>,
/// any number of services sharing one PostgreSQL database and one job folder.
/// </summary>
internal interface IJobStore : IDisposable
{
    /// <summary>
    /// Records a new queued job unless its caller already has <paramref name="maxPerCaller"/> jobs queued or running
    /// (one caller cannot fill the shared queue) or <paramref name="queueCapacity"/> jobs already wait.
    /// </summary>
    Admission TryAdd(Job job, int maxPerCaller, int queueCapacity);

    /// <summary>Records the job as it is now.</summary>
    void Save(Job job);

    /// <summary>The job with <paramref name="id"/> if <paramref name="caller"/> started it; otherwise null, as if it did not exist.</summary>
    Job? Find(string id, string caller);

    /// <summary>
    /// Asks the job to stop: a queued one is cancelled at once, a running one when its work notices. False when it
    /// had already finished.
    /// </summary>
    bool Cancel(Job job, DateTimeOffset now);

    /// <summary>How many jobs wait for a worker.</summary>
    int CountQueued();

    /// <summary>Forgets a job and deletes its files in one step: once it answers 404 its files are gone from where they were served.</summary>
    void Forget(Job job);

    /// <summary>Forgets finished jobs past their retention and deletes their files. Returns how many went.</summary>
    int Sweep();

    /// <summary>Throws unless the store answers a query.</summary>
    void Ping();
}
