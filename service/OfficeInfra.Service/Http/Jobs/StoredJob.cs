namespace OfficeInfra.Service.Http.Jobs;

/// <summary>A job as the database keeps it: what callers see, plus whose it is and what its zip is called.</summary>
public sealed record StoredJob(JobView View, string Owner, string? DownloadName);
