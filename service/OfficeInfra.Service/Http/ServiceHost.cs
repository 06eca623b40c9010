using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web.TokenCacheProviders.InMemory;
using OfficeInfra.Service.Http.Jobs;
using OfficeInfra.Service.Http.Jobs.Cluster;
using OfficeInfra.Service.Http.LibraryRuns;
using OfficeInfra.Service.Http.Security;
using OfficeInfra.Service.Http.Telemetry;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http;

/// <summary>The HTTP service: what it adds and maps, in order. Each line points at a small file under Http/.</summary>
internal static class ServiceHost
{
    /// <summary>True when every argument is a host setting (<c>--key=value</c>), as WebApplicationFactory passes.</summary>
    public static bool IsHostingLaunch(string[] args) =>
        args.Length > 0 && args.All(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal));

    /// <summary>Builds the service. Throws <see cref="OfficeInfraException"/> (Configuration) on a non-loopback address in local mode.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        ServiceConfiguration.AddOfficeInfraSourcesBelowCommandLine(builder.Configuration);
        var auth = builder.Configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
        var limits = builder.Configuration.GetSection("Limits").Get<LimitOptions>() ?? new LimitOptions();
        if (!auth.Enabled)
        {
            BindLoopbackOnly(builder);
        }
        AddSettings(builder, limits);
        StartupLog.QuietUntilStarted(builder.Logging, out var started);
        // Quartz (the shared store's scheduler) narrates every start and check-in at Information; its warnings matter.
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        AddServices(builder, auth, limits);

        var app = builder.Build();
        started.Watch(app.Lifetime);
        OpenBeforeStart(app);
        UseMiddleware(app, auth, builder.Configuration["Addin:Origin"]);
        MapEndpoints(app, auth);
        return app;
    }

    // The settings each part reads, bound and checked when the host starts; the request size limits.
    private static void AddSettings(WebApplicationBuilder builder, LimitOptions limits)
    {
        builder.Services.AddJobLogScopes();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = limits.MaxRequestBytes);
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = limits.MaxRequestBytes);
        builder.Services.AddOptions<AuthOptions>().BindConfiguration("Auth").ValidateOnStart();
        builder.Services.AddOptions<LimitOptions>().BindConfiguration("Limits").ValidateOnStart();
        builder.Services.AddOptions<JobOptions>().BindConfiguration("Jobs").ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<JobOptions>, JobOptionsValidator>();
        builder.Services.AddOptions<AddinOptions>().BindConfiguration("Addin").ValidateOnStart();
    }

    private static void AddServices(WebApplicationBuilder builder, AuthOptions auth, LimitOptions limits)
    {
        var services = builder.Services;
        services.ConfigureHttpJsonOptions(o => ServiceJson.Apply(o.SerializerOptions));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ErrorKinds.AddDefault);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi();
        services.AddCallerAuthentication(auth);
        // The on-behalf-of token cache: in memory, per instance, at most 100 MB (entries are sized by their bytes).
        services.AddInMemoryTokenCaches();
        services.Configure<Microsoft.Extensions.Caching.Memory.MemoryCacheOptions>(o => o.SizeLimit = 100 * 1024 * 1024);
        services.AddSingleton<OnBehalfOfTokens>();
        services.AddCallerRateLimits(limits);
        services.AddAddinCors(builder.Configuration["Addin:Origin"]);
        services.AddSecurityHeaders();
        services.AddJobs(builder.Configuration.GetSection("Jobs").Get<JobOptions>() ?? new JobOptions());
        services.AddReadinessChecks();
        services.AddServiceTelemetry(builder.Configuration);
    }

    private static void OpenBeforeStart(WebApplication app)
    {
        // Settings are checked now, before the host starts, so a bad one stops serve with one sentence (StartupFailure).
        app.Services.GetService<IStartupValidator>()?.Validate();
        // The store opens now: it takes its folder (or says it is taken) and marks jobs a stopped run left unfinished.
        app.Services.GetRequiredService<IJobStore>();
    }

    // In this order: problems for every failure, security headers on every answer, then who may call, then how often.
    private static void UseMiddleware(WebApplication app, AuthOptions auth, string? addinOrigin)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders(auth);
        if (!auth.Enabled)
        {
            app.UseLoopbackHosts();
        }
        app.UseCors();
        app.UseCrossSiteGuard(addinOrigin);
        app.UseAddinFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
    }

    private static void MapEndpoints(WebApplication app, AuthOptions auth)
    {
        app.MapOpenApi();
        app.MapHealth(auth);
        app.MapGroup("/api").RequireCaller(auth).RequireRateLimiting(CallerRateLimits.Policy).WithNoStore()
            .MapValidate()
            .MapDelegation()
            .MapGenerate()
            .MapPublish()
            .MapJobs();
    }

    /// <summary>Builds and runs the service until it is stopped.</summary>
    public static Task RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        Build(args).RunAsync(cancellationToken);

    private static void BindLoopbackOnly(WebApplicationBuilder builder)
    {
        var urls = builder.Configuration[WebHostDefaults.ServerUrlsKey];
        LoopbackGuard.Check(urls);
        // Kestrel endpoints in settings override --urls, so they must be loopback too.
        foreach (var endpoint in builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            LoopbackGuard.Check(endpoint["Url"]);
        }
        builder.WebHost.UseUrls(string.IsNullOrWhiteSpace(urls) ? LoopbackGuard.DefaultUrls : urls);
    }

    // Scopes carry JobId and CorrelationId into every line of a job; Logging:Console:FormatterName=json makes them fields.
    private static IServiceCollection AddJobLogScopes(this IServiceCollection services) => services
        .Configure<Microsoft.Extensions.Logging.Console.SimpleConsoleFormatterOptions>(o => o.IncludeScopes = true)
        .Configure<Microsoft.Extensions.Logging.Console.JsonConsoleFormatterOptions>(o => o.IncludeScopes = true);

    private static IServiceCollection AddJobs(this IServiceCollection services, JobOptions options)
    {
        services.AddSingleton(TimeProvider.System);
        if (options.Store == JobStoreKind.PostgreSql)
        {
            services.AddClusterJobs(options);
        }
        else
        {
            services.AddSingleton<IJobStore, SqliteJobStore>();
            services.AddSingleton<IJobIntake, LocalJobIntake>();
            services.AddSingleton<ILibraryLocks, LibraryLocks>();
        }
        services.AddSingleton<JobBacklog>();
        services.AddSingleton<JobWorks>();
        services.AddSingleton<JobStarter>();
        services.AddSingleton<ILibraryRunner, PublisherLibraryRunner>();
        services.AddSingleton<ISharePointTargets, SharePointTargets>();
        services.AddSingleton<JobRunner>();
        services.AddHostedService(s => s.GetRequiredService<JobRunner>());
        services.AddHostedService<JobCleanup>();
        return services;
    }
}
