namespace OfficeInfra.Service.Http.Security;

/// <summary>
/// Entra ID settings (section <c>Auth</c>). With <see cref="TenantId"/> and <see cref="Audience"/> set the service
/// requires bearer tokens on /api; without them it runs in local mode on loopback only.
/// </summary>
internal sealed class AuthOptions
{
    /// <summary>The scope every caller's token must carry.</summary>
    public const string RequiredScope = "access_as_user";

    /// <summary>Entra ID tenant id.</summary>
    public string? TenantId { get; set; }

    /// <summary>The API's audience (its application id URI or client id).</summary>
    public string? Audience { get; set; }

    /// <summary>The API's own client id, for the on-behalf-of flow to SharePoint.</summary>
    public string? ClientId { get; set; }

    /// <summary>The API's client secret for on-behalf-of (or use <see cref="CertificatePath"/>). Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The API's certificate file for on-behalf-of: a <c>.pfx</c>/<c>.p12</c>, or a <c>.pem</c> holding the key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>'s file, if any. Never logged.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The Entra ID instance (national clouds differ).</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>True when tokens are required.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(Audience);

    /// <summary>The v2.0 issuer and authority of the tenant.</summary>
    public string Authority => $"{Instance.TrimEnd('/')}/{TenantId}/v2.0";
}
