using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Writing;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>Request bodies and response reading for the API tests.</summary>
public static class Api
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Registers(RegisterSet registers) => Json(JsonRegisterWriter.Write(registers));

    public static StringContent Run(RegisterSet registers, string asOf = "2026-12-01", string extra = "") =>
        Json($"{{\"registers\": {JsonRegisterWriter.Write(registers)}, \"asOf\": \"{asOf}\"{extra}}}");

    public static ByteArrayContent Xlsx(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return content;
    }

    public static async Task<JsonElement> ReadJson(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Asserts an RFC 9457 problem with <paramref name="status"/>, no stack trace and a kebab-case <c>errorKind</c>
    /// (the contract the add-in decides on); returns it.
    /// </summary>
    public static async Task<JsonElement> Problem(HttpResponseMessage response, int status)
    {
        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain("   at ").And.NotContain("Exception");
        using var document = JsonDocument.Parse(text);
        var problem = document.RootElement.Clone();
        problem.GetProperty("status").GetInt32().Should().Be(status);
        problem.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
        problem.GetProperty("errorKind").GetString().Should().MatchRegex("^[a-z]+(-[a-z]+)*$");
        return problem;
    }

    /// <summary>Reads server-sent events until the <c>done</c> event (or a 30 s safety stop).</summary>
    public static async Task<List<(string Event, JsonElement Data)>> Events(HttpClient client, string url,
        Action<string, JsonElement>? seen = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        response.Content.Headers.ContentType?.MediaType.Should().Be("text/event-stream");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var events = new List<(string, JsonElement)>();
        string? name = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                using var data = JsonDocument.Parse(line["data: ".Length..]);
                events.Add((name ?? "message", data.RootElement.Clone()));
                seen?.Invoke(events[^1].Item1, events[^1].Item2);
                if (name == "done")
                {
                    break;
                }
            }
        }
        return events;
    }

    /// <summary>Polls a job until it has <paramref name="status"/> (about 15 s at most).</summary>
    public static async Task<JsonElement> Reached(HttpClient client, string location, string status)
    {
        for (var i = 0; i < 300; i++)
        {
            var job = await ReadJson(await client.GetAsync(location));
            if (job.GetProperty("status").GetString() == status)
            {
                return job;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"The job did not reach '{status}'.");
    }

    /// <summary>Polls a job until it has finished.</summary>
    public static async Task<JsonElement> Finished(HttpClient client, string location)
    {
        for (var i = 0; i < 300; i++)
        {
            var job = await ReadJson(await client.GetAsync(location));
            if (job.GetProperty("status").GetString() is "succeeded" or "failed" or "cancelled")
            {
                return job;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The job did not finish.");
    }
}
