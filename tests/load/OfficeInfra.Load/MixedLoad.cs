using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OfficeInfra.Load;

/// <summary>
/// Each worker (one per connection) loops until the deadline: mostly POST the workbook to /api/validate, sometimes
/// run a whole generate job (POST /api/generate, poll GET /api/jobs/{id} until it ends, download one document).
/// </summary>
internal sealed class MixedLoad(HttpClient http, RoundRobin services, byte[] workbook, string registersJson, double generateShare)
{
    public LatencyLog Validate { get; } = new("validate (request)");
    public LatencyLog GenerateJobs { get; } = new("generate (whole job)");
    public LatencyLog Requests { get; } = new("all HTTP requests");

    public async Task RunAsync(int workers, TimeSpan duration, int seed)
    {
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var random = new Random(seed + w);
            while (deadline.Elapsed < duration)
            {
                if (random.NextDouble() < generateShare)
                {
                    await GenerateAsync();
                }
                else
                {
                    await ValidateAsync();
                }
            }
        })));
    }

    private async Task ValidateAsync()
    {
        using var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var (latency, ok) = await SendAsync(() => http.PostAsync(services.Next("/api/validate"), content), HttpStatusCode.OK);
        Validate.Record(latency, ok);
    }

    private async Task GenerateAsync()
    {
        var job = Stopwatch.StartNew();
        try
        {
            var ok = await RunJobAsync();
            GenerateJobs.Record(job.Elapsed, ok);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Requests.Record(TimeSpan.Zero, false);
            GenerateJobs.Record(job.Elapsed, false);
        }
    }

    /// <summary>One whole job; true when it succeeded and its first document downloaded.</summary>
    private async Task<bool> RunJobAsync()
    {
        using var body = new StringContent($"{{\"registers\":{registersJson},\"asOf\":\"2026-12-01\"}}", Encoding.UTF8, "application/json");
        var started = Stopwatch.StartNew();
        using var accepted = await http.PostAsync(services.Next("/api/generate"), body);
        Requests.Record(started.Elapsed, accepted.StatusCode == HttpStatusCode.Accepted);
        if (accepted.StatusCode != HttpStatusCode.Accepted)
        {
            return false;
        }
        using var created = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync());
        var id = created.RootElement.GetProperty("id").GetString();
        while (true)
        {
            await Task.Delay(50);
            started.Restart();
            using var poll = await http.GetAsync(services.Next($"/api/jobs/{id}"));
            var text = await poll.Content.ReadAsStringAsync();
            Requests.Record(started.Elapsed, poll.IsSuccessStatusCode);
            if (!poll.IsSuccessStatusCode)
            {
                return false;
            }
            using var status = JsonDocument.Parse(text);
            var state = status.RootElement.GetProperty("status").GetString();
            if (state is "succeeded" or "failed")
            {
                return state == "succeeded" && await DownloadFirstAsync(status.RootElement);
            }
        }
    }

    private async Task<bool> DownloadFirstAsync(JsonElement job)
    {
        var url = job.GetProperty("result").GetProperty("documents")[0].GetProperty("url").GetString()!;
        var (_, ok) = await SendAsync(() => http.GetAsync(services.Next(url)), HttpStatusCode.OK);
        return ok;
    }

    private async Task<(TimeSpan Latency, bool Ok)> SendAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode expected)
    {
        var started = Stopwatch.StartNew();
        bool ok;
        try
        {
            using var response = await send();
            _ = await response.Content.ReadAsByteArrayAsync();
            ok = response.StatusCode == expected;
        }
        catch (HttpRequestException)
        {
            ok = false;
        }
        catch (TaskCanceledException)
        {
            ok = false;
        }
        Requests.Record(started.Elapsed, ok);
        return (started.Elapsed, ok);
    }
}
