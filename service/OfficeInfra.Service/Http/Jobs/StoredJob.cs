namespace OfficeInfra.Service.Http.Jobs;

/// <summary>
/// A job as the database keeps it: what callers see, plus whose it is, what its zip is called and (in a shared
/// store) the request any instance rebuilds its work from.
/// </summary>
internal sealed record StoredJob(JobView View, string Owner, string? DownloadName, string? Request = null);
