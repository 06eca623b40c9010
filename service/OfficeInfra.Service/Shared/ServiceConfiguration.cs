using Microsoft.Extensions.Configuration;

namespace OfficeInfra.Service.Shared;

/// <summary>Where settings come from, for the CLI and the HTTP host alike: appsettings.json, then OFFICEINFRA_ variables.</summary>
internal static class ServiceConfiguration
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

    /// <summary>
    /// Adds the same sources to the web host's configuration, below its command line (so <c>--urls</c> and test
    /// settings still win) and above its own appsettings.json.
    /// </summary>
    public static void AddOfficeInfraSourcesBelowCommandLine(IConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // The last command line: the web builder also lists one early, for host settings, below the content root's
        // appsettings.json; going in there let that file override OFFICEINFRA_ variables when run from its own folder.
        var commandLine = configuration.Sources.ToList().FindLastIndex(s => s is Microsoft.Extensions.Configuration.CommandLine.CommandLineConfigurationSource);
        var index = commandLine < 0 ? configuration.Sources.Count : commandLine;
        var beside = new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"),
            Optional = true,
        };
        beside.ResolveFileProvider();
        configuration.Sources.Insert(index, new Microsoft.Extensions.Configuration.EnvironmentVariables.EnvironmentVariablesConfigurationSource { Prefix = EnvironmentPrefix });
        // The executable's own appsettings.json goes under everything else, as defaults.
        configuration.Sources.Insert(0, beside);
    }

    /// <summary>The CLI's configuration.</summary>
    public static IConfiguration Load() => new ConfigurationBuilder().AddOfficeInfraSources().Build();
}
