namespace OfficeInfra.Publishing.SharePoint;

/// <summary>How credentials are obtained: one fixed Azure.Identity credential type, chosen by configuration.</summary>
public enum CredentialKind { Certificate, Secret, ManagedIdentity, WorkloadIdentity }

/// <summary>
/// SharePoint target configuration (section <c>SharePoint</c> in appsettings, <c>OFFICEINFRA_SharePoint__*</c>
/// environment variables, or CLI options).
/// </summary>
public sealed record SharePointOptions
{
    /// <summary>Entra ID tenant id.</summary>
    public string? TenantId { get; init; }

    /// <summary>App registration (client) id.</summary>
    public string? ClientId { get; init; }

    /// <summary>Which credential to build.</summary>
    public CredentialKind Credential { get; init; } = CredentialKind.Certificate;

    /// <summary>Path to a PFX/PEM certificate for <see cref="CredentialKind.Certificate"/>.</summary>
    public string? CertificatePath { get; init; }

    /// <summary>Password of the certificate file, if any. Never logged.</summary>
    public string? CertificatePassword { get; init; }

    /// <summary>Client secret for <see cref="CredentialKind.Secret"/>. Never logged.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>Site URL, e.g. https://contoso.sharepoint.com/sites/ops.</summary>
    public string? SiteUrl { get; init; }

    /// <summary>Document library name.</summary>
    public string LibraryName { get; init; } = "Documents";

    /// <summary>Graph base URL (national clouds and tests change it).</summary>
    public string GraphBaseUrl { get; init; } = "https://graph.microsoft.com/v1.0";

    /// <summary>SharePoint REST base; null means the site URL's own host.</summary>
    public string? SharePointBaseUrl { get; init; }

    /// <summary>Authority host for Azure.Identity; null means the public cloud.</summary>
    public string? AuthorityHost { get; init; }

    /// <summary>At most this many requests in flight.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>At most this many retries of a throttled or failed request.</summary>
    public int MaxRetries { get; init; } = 6;
}
