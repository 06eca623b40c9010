namespace OfficeInfra.Service.Http;

/// <summary>The HTTP service: what it adds and maps, in order. Each line points at a small file under Http/.</summary>
public static class ServiceHost
{
    /// <summary>True when every argument is a host setting (<c>--key=value</c>), as WebApplicationFactory passes.</summary>
    public static bool IsHostingLaunch(string[] args) =>
        args.Length > 0 && args.All(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal));

    /// <summary>Builds the service.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var authConfigured = !string.IsNullOrEmpty(builder.Configuration["Auth:TenantId"]) && !string.IsNullOrEmpty(builder.Configuration["Auth:Audience"]);
        if (!authConfigured)
        {
            builder.WebHost.UseUrls(builder.Configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } urls ? urls : LoopbackGuard.DefaultUrls);
            LoopbackGuard.Check(builder.Configuration[WebHostDefaults.ServerUrlsKey]);
        }
        var app = builder.Build();
        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
        return app;
    }

    /// <summary>Builds and runs the service until it is stopped.</summary>
    public static Task RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        Build(args).RunAsync(cancellationToken);
}
