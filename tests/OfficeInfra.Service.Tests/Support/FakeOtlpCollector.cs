using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>
/// Stands in for an OpenTelemetry collector on loopback: takes OTLP over HTTP (protobuf, <c>/v1/traces</c> and
/// <c>/v1/metrics</c>) and keeps each body. Names of spans, metrics and attributes are plain UTF-8 in protobuf, so a
/// test can look for them in the bytes without the protocol's types.
/// </summary>
public sealed class FakeOtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, string Body)> _received = new();

    private FakeOtlpCollector(WebApplication app) => _app = app;

    /// <summary>The collector's address, for OTEL_EXPORTER_OTLP_ENDPOINT.</summary>
    public string Endpoint => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>Starts a collector on a free loopback port.</summary>
    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var collector = new FakeOtlpCollector(app);
        app.MapPost("/v1/{signal}", async (HttpRequest request, string signal) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            collector._received.Enqueue(($"/v1/{signal}", Encoding.UTF8.GetString(body.ToArray())));
            return Results.Ok();
        });
        await app.StartAsync();
        return collector;
    }

    /// <summary>Waits (up to 30 s) until the bodies sent to <paramref name="path"/> mention every one of <paramref name="names"/>.</summary>
    public async Task<bool> HasSeenAsync(string path, params string[] names)
    {
        for (var i = 0; i < 300; i++)
        {
            var all = string.Concat(_received.Where(r => r.Path == path).Select(r => r.Body));
            if (names.All(n => all.Contains(n, StringComparison.Ordinal)))
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
