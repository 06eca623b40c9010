using Microsoft.AspNetCore.Http.HttpResults;
using OfficeInfra.Publishing.SharePoint;
using OfficeInfra.Service.Http.Jobs;

namespace OfficeInfra.Service.Http.Security;

/// <summary>
/// Where a publish job may write. In local mode the service acts with the app's own credential, so the site comes
/// from settings only: <c>SharePoint:SiteUrl</c>, or one of <c>SharePoint:AllowedSites</c> named by the request, and
/// the library is <c>SharePoint:LibraryName</c>. In Entra mode the job acts as the signed-in user, who may name any
/// site and library their own permissions reach, unless <c>SharePoint:AllowedSites</c> narrows the sites there too.
/// </summary>
internal static class PublishTargets
{
    /// <summary>
    /// The options for a publish job, or a 403 problem (errorKind <c>site-not-allowed</c>) for a site or library the
    /// settings do not allow. Throws <see cref="OfficeInfraException"/>: Configuration when no site is known,
    /// UnreadableInput for a malformed target.
    /// </summary>
    public static (SharePointOptions? Options, ProblemHttpResult? Refusal) Resolve(SharePointOptions configured, IReadOnlyList<string> allowedSites, PublishTarget? requested, bool entraMode)
    {
        ArgumentNullException.ThrowIfNull(configured);
        ArgumentNullException.ThrowIfNull(allowedSites);
        if (requested?.SiteUrl is { } site && !IsSiteUrl(site))
        {
            throw new OfficeInfraException(ErrorKind.UnreadableInput, "target.siteUrl must be the https address of a SharePoint site, such as https://contoso.sharepoint.com/sites/hr.");
        }
        if (requested?.LibraryName is { } library && library.Any(char.IsControl))
        {
            throw new OfficeInfraException(ErrorKind.UnreadableInput, "target.libraryName may not hold line breaks or other control characters.");
        }
        var options = configured with
        {
            SiteUrl = requested?.SiteUrl ?? configured.SiteUrl,
            LibraryName = requested?.LibraryName ?? configured.LibraryName,
        };
        if (string.IsNullOrWhiteSpace(options.SiteUrl))
        {
            throw new OfficeInfraException(ErrorKind.Configuration, entraMode
                ? "Say which SharePoint site to publish to: target.siteUrl in the request, or SharePoint:SiteUrl in the service's settings."
                : "The service has no SharePoint site to publish to: set SharePoint:SiteUrl in its settings.");
        }
        var sites = allowedSites.Append(configured.SiteUrl ?? string.Empty).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        var restricted = !entraMode || allowedSites.Count > 0;
        if (restricted && !sites.Any(s => SameSite(s, options.SiteUrl)))
        {
            return (null, SiteNotAllowed($"This service publishes only to the sites its settings name (SharePoint:SiteUrl, SharePoint:AllowedSites), and '{options.SiteUrl}' is not one of them."));
        }
        if (!entraMode && !string.Equals(options.LibraryName, configured.LibraryName, StringComparison.OrdinalIgnoreCase))
        {
            return (null, SiteNotAllowed($"Without Entra ID this service publishes only to the library its settings name (SharePoint:LibraryName, '{configured.LibraryName}'), not to '{options.LibraryName}'."));
        }
        return (options, null);
    }

    private static ProblemHttpResult SiteNotAllowed(string detail) =>
        SecurityProblems.Problem(StatusCodes.Status403Forbidden, "Publishing target not allowed", detail, "site-not-allowed");

    private static bool IsSiteUrl(string value) =>
        !value.Any(char.IsControl) && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
        && string.IsNullOrEmpty(uri.UserInfo) && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);

    private static bool SameSite(string a, string? b) =>
        b is not null && string.Equals(a.Trim().TrimEnd('/'), b.Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
