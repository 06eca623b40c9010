using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// Loads an app registration's certificate (with its private key) from a file: the one loader for every credential the
/// product builds, publishing's app-only credential and the service's on-behalf-of exchange alike.
/// </summary>
public static class CertificateFile
{
    /// <summary>
    /// Loads <paramref name="path"/>: a <c>.pem</c> file holding the certificate and its key, or a PKCS#12 file
    /// (<c>.pfx</c>, <c>.p12</c>) opened with <paramref name="password"/>. Throws <see cref="OfficeInfraException"/>
    /// (<see cref="ErrorKind.Configuration"/>) naming <paramref name="setting"/> when the setting is empty, the file is
    /// missing or it cannot be read; the message never holds the password.
    /// </summary>
    public static X509Certificate2 Load(string? path, string? password, string setting)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new OfficeInfraException(ErrorKind.Configuration, $"The setting {setting} is required for this credential.");
        }
        if (!File.Exists(path))
        {
            throw new OfficeInfraException(ErrorKind.Configuration, $"The certificate file '{path}' named by {setting} does not exist.");
        }
        try
        {
            return Path.GetExtension(path).Equals(".pem", StringComparison.OrdinalIgnoreCase)
                ? X509Certificate2.CreateFromPemFile(path)
                : X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (CryptographicException e)
        {
            // The inner exception is kept for diagnostics; it names the file, never the password.
            throw new OfficeInfraException(ErrorKind.Configuration,
                $"The certificate '{path}' cannot be read (wrong password or not a certificate with a private key).", e);
        }
    }
}
