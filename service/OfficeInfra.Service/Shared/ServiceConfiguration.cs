using Microsoft.Extensions.Configuration;

namespace OfficeInfra.Service.Shared;

/// <summary>Where settings come from, for the CLI and the HTTP host alike: appsettings.json, then OFFICEINFRA_ variables.</summary>
public static class ServiceConfiguration
{
    /// <summary>The environment variable prefix: <c>OFFICEINFRA_SharePoint__SiteUrl</c> sets <c>SharePoint:SiteUrl</c>.</summary>
    public const string EnvironmentPrefix = "OFFICEINFRA_";

    /// <summary>Adds appsettings.json beside the executable and in the current folder, then the environment.</summary>
    public static IConfigurationBuilder AddOfficeInfraSources(this IConfigurationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables(EnvironmentPrefix);
    }

    /// <summary>The CLI's configuration.</summary>
    public static IConfiguration Load() => new ConfigurationBuilder().AddOfficeInfraSources().Build();
}
