namespace OfficeInfra.Service.Http.Security;

/// <summary>
/// Who did what, as source-generated log messages. Values from requests (site URL, library name, caller) are
/// structured fields, never spliced into the text, and are checked for control characters before they get here.
/// </summary>
internal static partial class SecurityLog
{
    /// <summary>The log category of the security checks.</summary>
    public const string Category = "OfficeInfra.Security";

    /// <summary>Logs the refusal of <paramref name="context"/>'s request with <paramref name="problem"/>'s errorKind.</summary>
    public static void Refused(ILogger logger, HttpContext context, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problem);
        var kind = problem.ProblemDetails.Extensions.TryGetValue(SecurityProblems.ErrorKindKey, out var value) ? value as string : null;
        CrossSiteRefused(logger, kind ?? "refused", context.GetEndpoint()?.DisplayName, context.Request.Headers.Origin.ToString(), context.Request.Host.Value);
    }

    /// <summary>A publish job was queued: by whom, to which site and library, and whether it prunes.</summary>
    [LoggerMessage(Level = LogLevel.Information,
        Message = "Publish job {JobId} queued by {Caller} for site {SiteUrl}, library {LibraryName} (dry run {DryRun}, prune documents {PruneDocuments}, prune permissions {PrunePermissions})")]
    public static partial void PublishQueued(ILogger logger, string jobId, string caller, string? siteUrl, string libraryName,
        bool dryRun, bool pruneDocuments, bool prunePermissions);

    /// <summary>A generate job was queued, and by whom.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Generate job {JobId} queued by {Caller}")]
    public static partial void GenerateQueued(ILogger logger, string jobId, string caller);

    /// <summary>A bearer token was refused (401): why, never the token. The endpoint is the route's name, not the raw path.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a bearer token on {Endpoint} from {RemoteIp}: {Reason}")]
    public static partial void TokenRefused(ILogger logger, string? endpoint, string? remoteIp, string reason);

    /// <summary>A valid token without the API's scope was refused (403).</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused caller {Caller} on {Endpoint}: {Reason}")]
    public static partial void CallerForbidden(ILogger logger, string? caller, string? endpoint, string reason);

    /// <summary>A browser request from another origin, or to another host name, was refused (header values hold no line breaks).</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request ({ErrorKind}) on {Endpoint}, Origin {Origin}, Host {Host}")]
    public static partial void CrossSiteRefused(ILogger logger, string errorKind, string? endpoint, string? origin, string? host);
}
