namespace OfficeInfra.Service.Http;

/// <summary>Request size and rate limits (section <c>Limits</c>).</summary>
internal sealed class LimitOptions
{
    /// <summary>The largest request body accepted, in bytes (default 20 MB); larger gets 413.</summary>
    public long MaxRequestBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Requests per minute one caller may make to /api (default 600); more gets 429.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Validations one caller may have running at once (default 2); more gets 429 with Retry-After.</summary>
    public int ValidationsPerCaller { get; set; } = 2;
}
