using Azure.Core;
using Azure.Identity;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// Builds the one credential type configuration names. Never <c>DefaultAzureCredential</c>: its silent fallbacks
/// make a production run authenticate as whoever happens to be around.
/// </summary>
public static class SharePointCredentials
{
    /// <summary>
    /// Creates the credential for <paramref name="options"/>. Throws <see cref="OfficeInfraException"/> with
    /// <see cref="ErrorKind.Configuration"/> when a required setting is missing; messages never hold a secret.
    /// </summary>
    public static TokenCredential Create(SharePointOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Credential switch
        {
            CredentialKind.Certificate => new ClientCertificateCredential(
                Required(options.TenantId, "SharePoint:TenantId"), Required(options.ClientId, "SharePoint:ClientId"),
                CertificateFile.Load(options.CertificatePath, options.CertificatePassword, "SharePoint:CertificatePath"),
                new ClientCertificateCredentialOptions { AuthorityHost = Authority(options) }),
            CredentialKind.Secret => new ClientSecretCredential(
                Required(options.TenantId, "SharePoint:TenantId"), Required(options.ClientId, "SharePoint:ClientId"),
                Required(options.ClientSecret, "SharePoint:ClientSecret"),
                new ClientSecretCredentialOptions { AuthorityHost = Authority(options) }),
            CredentialKind.ManagedIdentity => options.ClientId is null
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId)),
            CredentialKind.WorkloadIdentity => new WorkloadIdentityCredential(new WorkloadIdentityCredentialOptions
            {
                // Null values fall back to AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_FEDERATED_TOKEN_FILE, which the
                // Kubernetes workload identity webhook injects.
                TenantId = options.TenantId,
                ClientId = options.ClientId,
                AuthorityHost = Authority(options),
            }),
            _ => throw new OfficeInfraException(ErrorKind.Configuration,
                $"SharePoint:Credential '{options.Credential}' is not one of Certificate, Secret, ManagedIdentity, WorkloadIdentity."),
        };
    }

    private static Uri? Authority(SharePointOptions options) =>
        options.AuthorityHost is null ? null : new Uri(options.AuthorityHost);

    private static string Required(string? value, string key) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new OfficeInfraException(ErrorKind.Configuration, $"The setting {key} is required for this credential.")
            : value;
}
