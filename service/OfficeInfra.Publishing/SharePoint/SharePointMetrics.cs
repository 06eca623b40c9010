using System.Diagnostics.Metrics;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// What the SharePoint target counts for operators: retried calls to Graph and SharePoint, by reason (429, 503, 504,
/// a timeout or a broken connection). The service exports it when telemetry is on.
/// </summary>
public static class SharePointMetrics
{
    /// <summary>The meter's name.</summary>
    public const string Name = "OfficeInfra.SharePoint";

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Retries = Meter.CreateCounter<long>("officeinfra.sharepoint.retries", "{retry}",
        "Calls to Graph or SharePoint sent again after a throttle, a server error, a timeout or a broken connection.");

    /// <summary>Counts one retry, with its reason: the status code answered, or the kind of failure.</summary>
    public static void Retried(string reason) => Retries.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
