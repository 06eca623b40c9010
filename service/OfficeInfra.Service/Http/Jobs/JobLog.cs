namespace OfficeInfra.Service.Http.Jobs;

/// <summary>The job log lines, as source-generated logger messages (cheap when the level is off).</summary>
internal static partial class JobLog
{
    /// <summary>A job started.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} ({Kind}) started")]
    public static partial void Started(ILogger logger, string jobId, JobKind kind);

    /// <summary>A job succeeded.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} succeeded")]
    public static partial void Succeeded(ILogger logger, string jobId);

    /// <summary>A job failed with the product's own error.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} failed ({Kind}): {Reason}")]
    public static partial void Failed(ILogger logger, string jobId, ErrorKind kind, string reason);

    /// <summary>A job failed unexpectedly (the exception goes to the log only).</summary>
    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} failed unexpectedly")]
    public static partial void Crashed(ILogger logger, Exception exception, string jobId);

    /// <summary>A job ran past <see cref="JobOptions.Timeout"/>.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} timed out after {Timeout}")]
    public static partial void TimedOut(ILogger logger, string jobId, TimeSpan timeout);

    /// <summary>A running job was cancelled by its caller.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} cancelled by its caller")]
    public static partial void Cancelled(ILogger logger, string jobId);

    /// <summary>Expired jobs were removed.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} expired jobs")]
    public static partial void Swept(ILogger logger, int count);
}
