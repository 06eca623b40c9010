using Azure.Identity;
using OfficeInfra.FakeGraph;
using OfficeInfra.Publishing.SharePoint;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>Credentials are chosen by configuration and secrets never reach logs or messages.</summary>
public sealed class SharePointSecretTests
{
    private const string Secret = "s3cr3t-Client-Value~xyz";
    private const string Password = "pfx-P4ssword!";

    [Fact]
    public async Task ApplyAsync_WithLogging_NoSecretOrTokenInLogs()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        sp.Server.Faults.RetryAfterSeconds = 0;
        sp.Server.Faults.Random(0.1, 5, FaultKind.Throttle429);
        var options = sp.Options() with { ClientSecret = Secret, CertificatePassword = Password };
        var target = sp.Target(options);

        await sp.PublishAsync(TestLibrary.Create(), target);
        var failing = sp.Target(options with { MaxRetries = 0 });
        sp.Server.Faults.Random(1.0, 5, FaultKind.Unavailable503);
        var failure = await Record.ExceptionAsync(() => failing.ReadAsync());

        sp.Logger.Lines.Should().NotBeEmpty();
        var everything = string.Join('\n', sp.Logger.Lines) + failure + options;
        everything.Should().NotContain(Secret).And.NotContain(Password).And.NotContain(FakeTokenCredential.Token);
        sp.Credential.Scopes.Should().Contain([$"{sp.Server.Origin}/.default", "https://contoso.sharepoint.com/.default"]);
    }

    [Fact]
    public void ToString_OptionsWithSecrets_Masked()
    {
        var options = new SharePointOptions { ClientSecret = Secret, CertificatePassword = Password, SiteUrl = "https://contoso.sharepoint.com/sites/ops" };

        var text = options.ToString();

        text.Should().NotContain(Secret).And.NotContain(Password).And.Contain("ClientSecret = ***").And.Contain("sites/ops");
    }

    [Theory]
    [InlineData(CredentialKind.Secret, typeof(ClientSecretCredential))]
    [InlineData(CredentialKind.ManagedIdentity, typeof(ManagedIdentityCredential))]
    [InlineData(CredentialKind.WorkloadIdentity, typeof(WorkloadIdentityCredential))]
    public void Create_ConfiguredKind_ThatCredentialType(CredentialKind kind, Type expected)
    {
        var options = new SharePointOptions { Credential = kind, TenantId = "t", ClientId = "c", ClientSecret = Secret };

        SharePointCredentials.Create(options).Should().BeOfType(expected);
    }

    [Fact]
    public void Create_CertificateFileMissing_ConfigurationErrorWithoutPassword()
    {
        var options = new SharePointOptions { Credential = CredentialKind.Certificate, TenantId = "t", ClientId = "c", CertificatePath = "/nowhere/app.pfx", CertificatePassword = Password };

        var act = () => SharePointCredentials.Create(options);

        act.Should().Throw<OfficeInfraException>().Where(e => e.Kind == ErrorKind.Configuration && !e.Message.Contains(Password, StringComparison.Ordinal));
    }

    [Fact]
    public void Create_SecretMissing_ConfigurationErrorNamingTheSetting()
    {
        var act = () => SharePointCredentials.Create(new SharePointOptions { Credential = CredentialKind.Secret, TenantId = "t", ClientId = "c" });

        act.Should().Throw<OfficeInfraException>().WithMessage("*SharePoint:ClientSecret*");
    }
}
