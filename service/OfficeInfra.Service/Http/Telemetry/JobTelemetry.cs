using System.Diagnostics;
using System.Diagnostics.Metrics;
using OfficeInfra.Service.Http.Jobs;

namespace OfficeInfra.Service.Http.Telemetry;

/// <summary>
/// The jobs' traces and metrics: a span per job run, how long jobs ran and how they ended, and how many wait. The
/// instruments cost next to nothing while nothing listens (OpenTelemetry off, <see cref="ServiceTelemetry"/>).
/// </summary>
internal sealed class JobTelemetry : IDisposable
{
    /// <summary>The name of the activity source and meter.</summary>
    public const string Name = "OfficeInfra.Jobs";

    private readonly ActivitySource _source = new(Name);
    private readonly Meter _meter;
    private readonly Histogram<double> _duration;

    /// <summary>Creates the instruments; the queue's depth is read from <paramref name="store"/> when collected.</summary>
    public JobTelemetry(IMeterFactory meters, IJobStore store)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(store);
        _meter = meters.Create(Name);
        _duration = _meter.CreateHistogram<double>("officeinfra.job.duration", "s", "How long jobs ran, by kind and outcome.");
        _meter.CreateObservableGauge("officeinfra.job.queue.depth", () => store.CountQueued(), "{job}", "Jobs waiting for a worker.");
    }

    /// <summary>Starts the span of one job's run (null while nothing listens).</summary>
    public Activity? StartRun(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var activity = _source.StartActivity($"job {Words(job.Kind)}");
        activity?.SetTag("officeinfra.job.id", job.Id);
        activity?.SetTag("officeinfra.job.kind", Words(job.Kind));
        activity?.SetTag("officeinfra.correlation_id", job.CorrelationId);
        return activity;
    }

    /// <summary>Records how a job's run ended and how long it took, on its span and in the duration histogram.</summary>
    public void Ended(Job job, Activity? run, TimeSpan took)
    {
        ArgumentNullException.ThrowIfNull(job);
        var status = job.Snapshot().Status;
        var outcome = status.ToString().ToLowerInvariant();
        run?.SetTag("officeinfra.job.status", outcome);
        run?.SetStatus(status == JobStatus.Failed ? ActivityStatusCode.Error : ActivityStatusCode.Ok);
        _duration.Record(took.TotalSeconds, new KeyValuePair<string, object?>("officeinfra.job.kind", Words(job.Kind)),
            new KeyValuePair<string, object?>("officeinfra.job.status", outcome));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _source.Dispose();
        _meter.Dispose();
    }

    private static string Words(JobKind kind) => kind.ToString().ToLowerInvariant();
}
