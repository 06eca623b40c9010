namespace OfficeInfra.Service.Http.Jobs;

/// <summary>What a status means for the job's life.</summary>
internal static class JobStatuses
{
    /// <summary>True for the end states: succeeded, failed, cancelled.</summary>
    public static bool IsFinished(this JobStatus status) => status is JobStatus.Succeeded or JobStatus.Failed or JobStatus.Cancelled;
}
