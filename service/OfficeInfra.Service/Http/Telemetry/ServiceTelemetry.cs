using OfficeInfra.Publishing.SharePoint;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OfficeInfra.Service.Http.Telemetry;

/// <summary>
/// OpenTelemetry, on only when an OTLP endpoint is configured (the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, and
/// its friends for protocol, headers and intervals): traces of requests, of calls to Graph and SharePoint and of
/// jobs; metrics of the same plus SharePoint retries and the job queue. Off, the SDK is not even added.
/// </summary>
internal static class ServiceTelemetry
{
    /// <summary>The setting that turns telemetry on.</summary>
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Adds the job instruments always, and OpenTelemetry with its OTLP exporter when configured.</summary>
    public static IServiceCollection AddServiceTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<JobTelemetry>();
        if (string.IsNullOrWhiteSpace(configuration[EndpointSetting]))
        {
            return services;
        }
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("officeinfra"))
            .WithTracing(t => t
                .AddSource(JobTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                // Graph and SharePoint calls, one span per attempt, so retries show as repeated spans.
                .AddHttpClientInstrumentation()
                .AddOtlpExporter())
            .WithMetrics(m => m
                .AddMeter(JobTelemetry.Name, SharePointMetrics.Name)
                .AddAspNetCoreInstrumentation()
                // http.client.request.duration, by status code: 429 and 503 answers from Graph and SharePoint.
                .AddHttpClientInstrumentation()
                .AddOtlpExporter());
        return services;
    }
}
