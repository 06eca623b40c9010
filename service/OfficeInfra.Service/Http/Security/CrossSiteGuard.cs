using Microsoft.AspNetCore.Http.HttpResults;

namespace OfficeInfra.Service.Http.Security;

/// <summary>
/// Keeps other web pages from driving the service through the user's browser. A browser sends a cross-site POST
/// without asking first (no CORS preflight) when its Content-Type is text/plain, a form type or absent (a
/// <c>no-cors</c> fetch of a Blob), so every state-changing /api request must carry an accepted Content-Type
/// (<c>application/json</c>, or what the endpoint's <see cref="RequestContentTypes"/> adds), and a request that
/// carries an <c>Origin</c> must come from the add-in's configured origin or the service's own (which serves the
/// pane under /addin/). <c>Origin: null</c> (a sandboxed frame, a saved HTML file) is refused. A request without an
/// Origin is not from a web page's script (browsers always send one on POST and DELETE) and passes this check.
/// </summary>
internal static class CrossSiteGuard
{
    private static readonly RequestContentTypes JsonOnly = new();

    /// <summary>Adds the check in front of every /api endpoint.</summary>
    public static WebApplication UseCrossSiteGuard(this WebApplication app, string? addinOrigin)
    {
        ArgumentNullException.ThrowIfNull(app);
        var configured = string.IsNullOrWhiteSpace(addinOrigin) ? null : addinOrigin.Trim().TrimEnd('/');
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(SecurityLog.Category);
        app.Use(async (context, next) =>
        {
            if (Refusal(context, configured) is { } problem)
            {
                SecurityLog.Refused(logger, context, problem);
                await problem.ExecuteAsync(context).ConfigureAwait(false);
                return;
            }
            await next(context).ConfigureAwait(false);
        });
        return app;
    }

    /// <summary>The problem that refuses <paramref name="context"/>'s request, or null when it may go on.</summary>
    public static ProblemHttpResult? Refusal(HttpContext context, string? addinOrigin)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || !ChangesState(request.Method))
        {
            return null;
        }
        if (request.Headers.Origin is { Count: > 0 } origins)
        {
            var origin = origins.ToString();
            if (!IsAllowed(origin, request, addinOrigin))
            {
                return SecurityProblems.ForbiddenOrigin(origin);
            }
        }
        var accepted = context.GetEndpoint()?.Metadata.GetMetadata<RequestContentTypes>() ?? JsonOnly;
        var bodyless = HttpMethods.IsDelete(request.Method) && request.ContentType is null && request.ContentLength is null or 0;
        return bodyless || accepted.Accepts(request.ContentType) ? null : SecurityProblems.UnsupportedMediaType(accepted.Types);
    }

    private static bool ChangesState(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static bool IsAllowed(string origin, HttpRequest request, string? addinOrigin)
    {
        // The service's own origin: safe because in local mode LoopbackHosts has already refused any other Host name
        // (a DNS-rebinding page has the same origin as the host name it rebinds).
        var own = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            || (addinOrigin is not null && string.Equals(origin, addinOrigin, StringComparison.OrdinalIgnoreCase));
    }
}
