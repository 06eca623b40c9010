using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OfficeInfra.FakeGraph;

/// <summary>
/// A local stand-in for the parts of Microsoft Graph (sites, drives, drive items, uploads) and SharePoint REST
/// (inheritance, role assignments, principals) the SharePoint target uses, on 127.0.0.1 with a random port.
/// State is in memory (<see cref="Library"/>); <see cref="Faults"/> injects throttling, outages, cuts and hangs;
/// <see cref="Requests"/> records what was asked.
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    /// <summary>The site the fake serves; Graph resolves it by host name and path.</summary>
    public const string SiteHost = "contoso.sharepoint.com", SitePath = "/sites/ops";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _inFlight, _maxInFlight;

    private FakeGraphServer(WebApplication app, string origin, FakeDirectory directory)
    {
        _app = app;
        Origin = origin;
        Library = new FakeLibrary(directory);
        Graph = new GraphEndpoints(this);
        Rest = new SharePointRestEndpoints(Library);
    }

    /// <summary>http://127.0.0.1:port</summary>
    public string Origin { get; }

    /// <summary>What to configure as the Graph base URL.</summary>
    public string GraphBaseUrl => $"{Origin}/v1.0";

    /// <summary>What to configure as the SharePoint REST base (the site path is appended by the client).</summary>
    public string SharePointBaseUrl => Origin;

    /// <summary>What to configure as the site URL.</summary>
    public static string SiteUrl => $"https://{SiteHost}{SitePath}";

    /// <summary>The in-memory library.</summary>
    public FakeLibrary Library { get; }

    /// <summary>Fault injection.</summary>
    public FaultInjector Faults { get; } = new();

    /// <summary>Delay added to every request (to measure throughput against a distant server).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Upload sessions created and neither completed nor cancelled.</summary>
    public int OpenUploadSessions => Graph.OpenSessions;

    /// <summary>Most requests the fake has had in flight at once.</summary>
    public int MaxInFlight => _maxInFlight;

    /// <summary>Every request answered so far, in order of completion; <see cref="RecordedRequest.At"/> is when it arrived.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    internal GraphEndpoints Graph { get; }

    internal SharePointRestEndpoints Rest { get; }

    /// <summary>
    /// Called after every request has been carried out (faulted ones included), on the request's thread: tests sample
    /// the library's state here, e.g. who can read each document at that moment.
    /// </summary>
    public Action<RecordedRequest>? AfterRequest { get; set; }

    /// <summary>Forgets recorded requests (state stays).</summary>
    public void ClearRequests() => _requests.Clear();

    /// <summary>Starts the fake on 127.0.0.1 (<paramref name="port"/> 0 = a free one), in the tenant <paramref name="directory"/>.</summary>
    public static async Task<FakeGraphServer> StartAsync(int port = 0, FakeDirectory? directory = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Limits.MaxRequestBodySize = 300L * 1024 * 1024);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        FakeGraphServer? server = null;
        app.Run(ctx => server!.HandleAsync(ctx));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeGraphServer(app, address.TrimEnd('/'), directory ?? new FakeDirectory());
        return server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        var arrived = DateTimeOffset.UtcNow;
        var now = Interlocked.Increment(ref _inFlight);
        for (var max = _maxInFlight; now > max; max = _maxInFlight)
        {
            Interlocked.CompareExchange(ref _maxInFlight, now, max);
        }
        try
        {
            await HandleCoreAsync(ctx, arrived).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task HandleCoreAsync(HttpContext ctx, DateTimeOffset arrived)
    {
        var raw = ctx.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var path = raw.Split('?')[0];
        var method = ctx.Request.Method;
        var auth = ctx.Request.Headers.Authorization.ToString();
        var fault = Faults.Decide(new FaultRequest(method, path, ctx.Request.Headers.ContentRange.ToString() is { Length: > 0 } range ? range : null));
        try
        {
            if (Latency > TimeSpan.Zero)
            {
                await Task.Delay(Latency, ctx.RequestAborted).ConfigureAwait(false);
            }
            if (fault is FaultKind.ResponseCut)
            {
                await CutResponseAsync(ctx, () => RouteAsync(ctx, path, auth)).ConfigureAwait(false);
            }
            else if (fault is { } kind)
            {
                await InjectAsync(ctx, kind).ConfigureAwait(false);
            }
            else
            {
                await RouteAsync(ctx, path, auth).ConfigureAwait(false);
            }
        }
        catch (Exception) when (ctx.RequestAborted.IsCancellationRequested)
        {
            // The client went away (a timeout fault, or it gave up): nothing to answer.
        }
        var recorded = new RecordedRequest(method, path, ctx.RequestAborted.IsCancellationRequested && fault is not null ? 0 : ctx.Response.StatusCode,
            arrived, ctx.Request.Headers.UserAgent.ToString(), auth.Length > 0, fault);
        _requests.Enqueue(recorded);
        AfterRequest?.Invoke(recorded);
    }

    private async Task RouteAsync(HttpContext ctx, string path, string auth)
    {
        if (!path.StartsWith("/upload/", StringComparison.Ordinal) && !auth.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            await Json.WriteAsync(ctx, 401, Json.Error("InvalidAuthenticationToken", "Access token is empty.")).ConfigureAwait(false);
        }
        else if (path.StartsWith("/v1.0/", StringComparison.Ordinal))
        {
            await Graph.HandleAsync(ctx, path["/v1.0/".Length..]).ConfigureAwait(false);
        }
        else if (path.StartsWith("/upload/", StringComparison.Ordinal))
        {
            await Graph.HandleUploadAsync(ctx, path["/upload/".Length..]).ConfigureAwait(false);
        }
        else if (path.Contains("/_api/", StringComparison.Ordinal))
        {
            await Rest.HandleAsync(ctx, Uri.UnescapeDataString(path[(path.IndexOf("/_api/", StringComparison.Ordinal) + 6)..])).ConfigureAwait(false);
        }
        else
        {
            await Json.WriteAsync(ctx, 404, Json.Error("itemNotFound", "No such endpoint in the fake.")).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Carries the request out, then sends the status, the headers (with the full Content-Length) and half the body,
    /// and drops the connection: the client sees a body that ends early, after the server has already acted.
    /// </summary>
    private static async Task CutResponseAsync(HttpContext ctx, Func<Task> handle)
    {
        var wire = ctx.Response.Body;
        using var buffer = new MemoryStream();
        ctx.Response.Body = buffer;
        await handle().ConfigureAwait(false);
        ctx.Response.Body = wire;
        var body = buffer.ToArray();
        if (body.Length > 1)
        {
            ctx.Response.ContentLength = body.Length;
            await ctx.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), ctx.RequestAborted).ConfigureAwait(false);
            await ctx.Response.Body.FlushAsync(ctx.RequestAborted).ConfigureAwait(false);
        }
        ctx.Abort();
    }

    private async Task InjectAsync(HttpContext ctx, FaultKind kind)
    {
        switch (kind)
        {
            case FaultKind.Throttle429 or FaultKind.Unavailable503:
                ctx.Response.Headers.RetryAfter = Faults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Json.WriteAsync(ctx, kind == FaultKind.Throttle429 ? 429 : 503, Json.Error(
                    kind == FaultKind.Throttle429 ? "activityLimitReached" : "serviceNotAvailable", "Injected fault.")).ConfigureAwait(false);
                break;
            case FaultKind.ConnectionCut:
                // Read some of the body first, so an upload is cut mid-transfer, then drop the connection.
                var buffer = new byte[64 * 1024];
                if ((ctx.Request.ContentLength ?? 0) > 0)
                {
                    await ctx.Request.Body.ReadAsync(buffer, ctx.RequestAborted).ConfigureAwait(false);
                }
                ctx.Abort();
                break;
            case FaultKind.Timeout:
                await Task.Delay(Faults.TimeoutDelay, ctx.RequestAborted).ConfigureAwait(false);
                await Json.WriteAsync(ctx, 504, Json.Error("gatewayTimeout", "Injected hang.")).ConfigureAwait(false);
                break;
        }
    }
}
