namespace OfficeInfra.Service.Http.Security;

/// <summary>
/// Headers on every response: <c>X-Content-Type-Options: nosniff</c> (a download is never run as script or page),
/// <c>Referrer-Policy: no-referrer</c> (job and file URLs never leak to another site), and a Content-Security-Policy:
/// the pane under /addin/ may be framed only by Office's hosts, everything else by nobody. In Entra mode, where the
/// service may face a network, HTTPS: redirection and HSTS.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Where Office frames add-ins: Office on the web (the Excel frame on *.officeapps.live.com inside office.com,
    /// microsoft365.com, *.cloud.microsoft, SharePoint and OneDrive pages). Desktop Office shows the pane in its own
    /// web view, not in a frame, so it needs no entry. frame-ancestors checks every ancestor, hence the whole chain.
    /// </summary>
    public const string OfficeFrameAncestors =
        "'self' https://*.officeapps.live.com https://*.office.com https://*.office365.com https://*.microsoft365.com " +
        "https://*.cloud.microsoft https://*.sharepoint.com https://onedrive.live.com https://*.onedrive.live.com";

    /// <summary>The pane's policy: framed only by Office; no plugins, no base-URL or form-target tricks.</summary>
    public const string AddinPolicy = $"frame-ancestors {OfficeFrameAncestors}; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>Everything else (JSON, downloads): nothing to load, never framed.</summary>
    public const string DefaultPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

    /// <summary>Adds HSTS options (a year, as browsers' preload lists expect).</summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

    /// <summary>Sets the headers on every response; in Entra mode also HSTS and HTTPS redirection.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app, AuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(auth);
        app.Use(async (context, next) =>
        {
            // Set as the response starts: the exception handler clears headers set earlier.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/addin", StringComparison.OrdinalIgnoreCase)
                    ? AddinPolicy
                    : DefaultPolicy;
                return Task.CompletedTask;
            });
            await next(context).ConfigureAwait(false);
        });
        if (auth.Enabled)
        {
            // HSTS is sent on HTTPS responses to names other than localhost; redirection acts when an HTTPS port is known.
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        return app;
    }
}
