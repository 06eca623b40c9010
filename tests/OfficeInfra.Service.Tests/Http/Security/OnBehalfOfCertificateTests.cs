using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web.TokenCacheProviders.InMemory;
using OfficeInfra.Service.Http.Security;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http.Security;

/// <summary>The on-behalf-of exchange reads its certificate as publishing's credential does: PFX with a password, or PEM.</summary>
public sealed class OnBehalfOfCertificateTests
{
    private const string Password = "p@ss-w0rd";

    [Fact]
    public void For_PasswordProtectedPfx_BuildsTheClient()
    {
        using var folder = new TempFolder();
        using var certificate = SelfSigned();
        File.WriteAllBytes(folder.File("api.pfx"), certificate.Export(X509ContentType.Pfx, Password));

        var act = () => Tokens(folder.File("api.pfx"), Password).For("assertion");

        act.Should().NotThrow();
    }

    [Fact]
    public void For_PemWithItsKey_BuildsTheClient()
    {
        using var folder = new TempFolder();
        using var certificate = SelfSigned();
        using var key = certificate.GetRSAPrivateKey()!;
        File.WriteAllText(folder.File("api.pem"), certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem());

        var act = () => Tokens(folder.File("api.pem"), password: null).For("assertion");

        act.Should().NotThrow();
    }

    [Theory]
    [InlineData("missing.pfx", null)]
    [InlineData("api.pfx", "not the password")]
    public void For_CertificateUnusable_ConfigurationErrorNamingNoPassword(string file, string? password)
    {
        using var folder = new TempFolder();
        using var certificate = SelfSigned();
        File.WriteAllBytes(folder.File("api.pfx"), certificate.Export(X509ContentType.Pfx, Password));

        var act = () => Tokens(folder.File(file), password).For("assertion");

        act.Should().Throw<OfficeInfraException>()
            .Where(e => e.Kind == ErrorKind.Configuration && e.Message.Contains(folder.File(file), StringComparison.Ordinal)
                && !e.Message.Contains(Password, StringComparison.Ordinal));
    }

    private static OnBehalfOfTokens Tokens(string certificatePath, string? password)
    {
        var auth = new AuthOptions { TenantId = "contoso", Audience = "api://officeinfra", ClientId = "client", CertificatePath = certificatePath, CertificatePassword = password };
        var cache = new MsalMemoryTokenCacheProvider(new MemoryCache(new MemoryCacheOptions()), Options.Create(new MsalMemoryTokenCacheOptions()));
        return new OnBehalfOfTokens(Options.Create(auth), cache);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=OfficeInfra test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }
}
