namespace OfficeInfra.Service.Http.Jobs;

/// <summary>Whether a new job was queued, and if not, why.</summary>
public enum Admission { Queued, CallerAtLimit, QueueFull }
