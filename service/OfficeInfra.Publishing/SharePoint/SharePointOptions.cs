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

    /// <summary>First back-off delay when the server gives no <c>Retry-After</c>; doubles per retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>One attempt of one request gives up after this long (then it is retried).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Files larger than this go through an upload session rather than a single PUT.</summary>
    public long LargeFileThreshold { get; init; } = 10 * 1024 * 1024;

    /// <summary>
    /// How long a publish's claim on the library lasts: a second publish stops while it holds; a publish that was killed
    /// (rather than failing or being cancelled, which end their claim) holds the library this long.
    /// </summary>
    public TimeSpan PublishLease { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Turn on the library's major versions when they are off, so each new version of a document carries its change
    /// summary (default on; off leaves the library's settings alone).
    /// </summary>
    public bool EnableVersioning { get; init; } = true;

    /// <summary>
    /// How plan principals map to SharePoint: a key is a principal as the plan names it, the value a site group
    /// title or a login name for <c>ensureuser</c>. Unmapped <c>Owners</c>/<c>Members</c>/<c>Visitors</c> mean the
    /// site's associated groups; other names are tried as site groups, then as users.
    /// </summary>
    public IReadOnlyDictionary<string, string> Principals { get; init; } = new Dictionary<string, string>();

    /// <summary>Keeps secrets out of <c>ToString()</c>, which ends up in logs and exception messages.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE0051", Justification = "The record's generated ToString calls it.")]
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("TenantId = ").Append(TenantId)
            .Append(", ClientId = ").Append(ClientId)
            .Append(", Credential = ").Append(Credential)
            .Append(", CertificatePath = ").Append(CertificatePath)
            .Append(", CertificatePassword = ").Append(CertificatePassword is null ? "(none)" : "***")
            .Append(", ClientSecret = ").Append(ClientSecret is null ? "(none)" : "***")
            .Append(", SiteUrl = ").Append(SiteUrl)
            .Append(", LibraryName = ").Append(LibraryName)
            .Append(", GraphBaseUrl = ").Append(GraphBaseUrl)
            .Append(", SharePointBaseUrl = ").Append(SharePointBaseUrl)
            .Append(", MaxConcurrency = ").Append(MaxConcurrency)
            .Append(", MaxRetries = ").Append(MaxRetries);
        return true;
    }
}
