using System.Text.RegularExpressions;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>The real <c>serve</c> as a child process on a free loopback port, with a client for it.</summary>
public sealed partial class ServeProcess : IDisposable
{
    private readonly CliProcess _process;

    private ServeProcess(CliProcess process, Uri address)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public string Output => _process.Output;

    /// <summary>Starts serve with <paramref name="environment"/> and waits (up to a minute) until it listens.</summary>
    public static async Task<ServeProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var process = CliProcess.Start(environment, "serve", "--urls", "http://127.0.0.1:0");
        for (var i = 0; i < 600; i++)
        {
            if (Listening().Match(process.Output) is { Success: true } match)
            {
                return new ServeProcess(process, new Uri(match.Groups["url"].Value));
            }
            if (process.HasExited)
            {
                break;
            }
            await Task.Delay(100);
        }
        var output = process.Output;
        process.Dispose();
        throw new InvalidOperationException($"serve did not start: {output}");
    }

    /// <summary>
    /// The output once it holds <paramref name="text"/>, or as it is after <paramref name="within"/>: the console logger
    /// writes from a queue of its own, so a line can reach the pipe after the HTTP answer that followed it.
    /// </summary>
    public async Task<string> OutputHolding(string text, TimeSpan within)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal) && waited.Elapsed < within)
        {
            await Task.Delay(100);
        }
        return Output;
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public void Kill() => _process.Kill();

    public void Dispose()
    {
        Client.Dispose();
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
