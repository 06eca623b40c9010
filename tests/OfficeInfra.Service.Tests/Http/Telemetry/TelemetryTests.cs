using Microsoft.Extensions.DependencyInjection;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;
using OpenTelemetry.Trace;

namespace OfficeInfra.Service.Tests.Http.Telemetry;

public sealed class TelemetryTests
{
    [Fact]
    public void NoEndpoint_OpenTelemetryIsNotAdded()
    {
        using var service = new ServiceFactory();
        service.CreateClient();

        service.Services.GetService<TracerProvider>().Should().BeNull("telemetry is off unless an OTLP endpoint is configured");
    }

    [Fact]
    public async Task OtlpEndpoint_JobSpansAndMetricsReachTheCollector()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        using var service = new ServiceFactory(new()
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            // Export at once rather than every 5 s (spans) and 60 s (metrics).
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        });
        var client = service.CreateClient();

        var location = (await client.PostAsync("/api/generate", Api.Run(RegisterSetBuilder.Valid().Build()))).Headers.Location!.ToString();
        (await Api.Finished(client, location)).GetProperty("status").GetString().Should().Be("succeeded");

        (await collector.HasSeenAsync("/v1/traces", "job generate", "officeinfra.job.id", "officeinfra")).Should().BeTrue("the job's span is exported");
        (await collector.HasSeenAsync("/v1/metrics", "officeinfra.job.duration", "officeinfra.job.queue.depth", "http.server.request.duration"))
            .Should().BeTrue("job and request metrics are exported");
    }
}
