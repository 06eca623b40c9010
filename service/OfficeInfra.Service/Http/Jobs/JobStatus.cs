namespace OfficeInfra.Service.Http.Jobs;

/// <summary>What a job does.</summary>
internal enum JobKind { Generate, Publish }

/// <summary>Where a job is in its life.</summary>
internal enum JobStatus { Queued, Running, Succeeded, Failed, Cancelled }
