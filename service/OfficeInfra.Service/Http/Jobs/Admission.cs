namespace OfficeInfra.Service.Http.Jobs;

/// <summary>Whether a new job was queued, and if not, why.</summary>
internal enum Admission { Queued, CallerAtLimit, QueueFull }
