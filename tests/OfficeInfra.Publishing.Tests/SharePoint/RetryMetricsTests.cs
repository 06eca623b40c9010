using System.Diagnostics.Metrics;
using System.Net;
using OfficeInfra.Publishing.SharePoint;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>Operators see throttling: every retry of a Graph or SharePoint call is counted with its reason.</summary>
public sealed class RetryMetricsTests
{
    // Other tests in this process retry too; only measurements made on this test's own flow are kept.
    private static readonly AsyncLocal<bool> Mine = new();

    private sealed class Answers(params HttpStatusCode[] statuses) : HttpMessageHandler
    {
        private int _next;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(statuses[Math.Min(_next++, statuses.Length - 1)]));
    }

    [Fact]
    public async Task Retries_ThrottledAndUnavailable_AreCountedWithTheirStatus()
    {
        var reasons = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SharePointMetrics.Name && instrument.Name == "officeinfra.sharepoint.retries")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            if (Mine.Value)
            {
                lock (reasons)
                {
                    reasons.Add($"{tags[0].Value}×{value}");
                }
            }
        });
        listener.Start();
        using var inFlight = new SemaphoreSlim(4);
        using var handler = new ResilienceHandler(new SharePointOptions { MaxRetries = 3, RetryBaseDelay = TimeSpan.FromMilliseconds(1) }, inFlight)
        {
            InnerHandler = new Answers(HttpStatusCode.TooManyRequests, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK),
        };
        using var client = new HttpMessageInvoker(handler);
        Mine.Value = true;

        using var request = new HttpRequestMessage(HttpMethod.Get, "https://contoso.sharepoint.com/_api/web");
        using var response = await client.SendAsync(request, CancellationToken.None);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        reasons.Should().Equal("429×1", "503×1");
    }
}
