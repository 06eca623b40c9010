namespace OfficeInfra.Service.Http.Security;

/// <summary>
/// Local mode's <c>AllowedHosts</c>: only <c>localhost</c>, <c>127.0.0.1</c> and <c>[::1]</c> (any port). A page
/// that rebinds its own DNS name to 127.0.0.1 reaches the port but still sends its own name as Host, and is refused
/// here, before anything else runs, on every path (a rebound page could otherwise read job results with GET).
/// This is a middleware rather than ASP.NET's host filtering so that the refusal is a problem with an errorKind.
/// </summary>
internal static class LoopbackHosts
{
    /// <summary>The host names local mode answers to.</summary>
    public static IReadOnlyList<string> Names { get; } = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>Refuses every request whose Host is not a loopback name.</summary>
    public static WebApplication UseLoopbackHosts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(SecurityLog.Category);
        app.Use(async (context, next) =>
        {
            var host = context.Request.Host;
            if (!IsLoopbackName(host.Host))
            {
                var problem = SecurityProblems.ForbiddenHost(host.Value ?? string.Empty);
                SecurityLog.Refused(logger, context, problem);
                await problem.ExecuteAsync(context).ConfigureAwait(false);
                return;
            }
            await next(context).ConfigureAwait(false);
        });
        return app;
    }

    /// <summary>True for exactly the names in <see cref="Names"/> (a Host header writes IPv6 in brackets).</summary>
    public static bool IsLoopbackName(string? host) => host is not null && Names.Contains(host, StringComparer.OrdinalIgnoreCase);
}
