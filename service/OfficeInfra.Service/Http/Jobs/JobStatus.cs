namespace OfficeInfra.Service.Http.Jobs;

/// <summary>What a job does.</summary>
public enum JobKind { Generate, Publish }

/// <summary>Where a job is in its life.</summary>
public enum JobStatus { Queued, Running, Succeeded, Failed, Cancelled }
