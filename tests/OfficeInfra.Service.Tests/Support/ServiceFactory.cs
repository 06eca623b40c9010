using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OfficeInfra.Service.Http.LibraryRuns;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>
/// The service in memory, with settings of the test's choosing, job output in a temp folder, the library swapped
/// for <see cref="FakeLibraryRunner"/> (unless <c>realLibrary</c>), and in Entra mode our own signing key trusted.
/// </summary>
internal sealed class ServiceFactory(Dictionary<string, string?>? settings = null, bool realLibrary = false, ILibraryRunner? runner = null)
    : WebApplicationFactory<Program>
{
    private readonly TempFolder _jobs = new();

    public FakeLibraryRunner Runner { get; } = new();

    public FakeSharePointTargets SharePoint { get; } = new();

    public LogCapture Logs { get; } = new();

    public FakeEntra TokenEndpoint { get; } = new();

    public string JobsFolder => _jobs.Path;

    /// <summary>Settings that turn on Entra mode with the test issuer and key.</summary>
    public static Dictionary<string, string?> Entra(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:TenantId"] = TestTokens.Tenant,
            ["Auth:Audience"] = TestTokens.Audience,
            ["Auth:ClientId"] = TestTokens.ClientId,
            ["Auth:ClientSecret"] = "s3cret-value-never-logged",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }
        return settings;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Jobs:Folder", _jobs.Path);
        builder.UseSetting("Addin:Path", Path.Combine(_jobs.Path, "no-addin"));
        foreach (var (key, value) in settings ?? [])
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            services.AddSingleton<ISharePointTargets>(SharePoint);
            // The on-behalf-of exchange goes to the stand-in for Entra, never to login.microsoftonline.com.
            services.AddSingleton<Microsoft.Identity.Client.IMsalHttpClientFactory>(new EntraHttpClients(TokenEndpoint));
            if (!realLibrary)
            {
                services.AddSingleton(runner ?? Runner);
            }
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                // Trust our own key instead of fetching Entra's metadata; everything else is validated as in production.
                options.ConfigurationManager = null;
                options.TokenValidationParameters.IssuerSigningKey = TestTokens.Shared.Key;
            });
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _jobs.Dispose();
            if (Directory.Exists(SharePoint.Folder))
            {
                Directory.Delete(SharePoint.Folder, recursive: true);
            }
        }
    }
}
