namespace OfficeInfra.Service.Http.Jobs;

/// <summary>Where started jobs go: admitted by the job store, then handed to whichever workers will run them.</summary>
internal interface IJobIntake
{
    /// <summary>Records and queues <paramref name="job"/>, or says why not.</summary>
    Task<Admission> TryEnqueueAsync(Job job, CancellationToken cancellationToken);
}
