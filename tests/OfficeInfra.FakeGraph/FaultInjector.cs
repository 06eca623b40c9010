namespace OfficeInfra.FakeGraph;

/// <summary>
/// What the fake can do to a request instead of answering it: 429 or 503 with Retry-After, a connection cut before the
/// request is carried out (mid-body for uploads), a hang, or <see cref="ResponseCut"/>: the request is carried out and
/// its answer's body is cut in the middle, so the client cannot know what the server already did.
/// </summary>
public enum FaultKind { Throttle429, Unavailable503, ConnectionCut, Timeout, ResponseCut }

/// <summary>
/// Seeded, reproducible faults: a share of requests (optionally only those a filter picks) fail with 429 +
/// Retry-After, 503 + Retry-After, a cut connection (mid-body for uploads), a hang longer than the client waits, or an
/// answer cut in the middle of its body after the request was carried out.
/// Scripted faults hit the next matching request exactly once.
/// </summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<(FaultKind Kind, Func<FaultRequest, bool> Match)> _scripted = [];
    private Random _random = new(1);

    /// <summary>Share of requests that fail, 0 to 1.</summary>
    public double Rate { get; private set; }

    /// <summary>Which faults random failures draw from.</summary>
    public IReadOnlyList<FaultKind> Kinds { get; private set; } = [FaultKind.Throttle429, FaultKind.Unavailable503, FaultKind.ConnectionCut, FaultKind.Timeout, FaultKind.ResponseCut];

    /// <summary>Retry-After sent with 429 and 503, in seconds.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>How long a timeout fault hangs before giving up.</summary>
    public TimeSpan TimeoutDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Fails <paramref name="rate"/> of requests, drawn reproducibly from <paramref name="seed"/>.</summary>
    public void Random(double rate, int seed, params FaultKind[] kinds)
    {
        lock (_gate)
        {
            Rate = rate;
            _random = new Random(seed);
            if (kinds.Length > 0)
            {
                Kinds = kinds;
            }
        }
    }

    /// <summary>The next request whose method and path match gets <paramref name="kind"/>, once.</summary>
    public void Next(FaultKind kind, Func<string, string, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        Next(kind, r => match(r.Method, r.Path));
    }

    /// <summary>The next request <paramref name="match"/> picks (it sees the Content-Range too) gets <paramref name="kind"/>, once.</summary>
    public void Next(FaultKind kind, Func<FaultRequest, bool> match)
    {
        lock (_gate)
        {
            _scripted.Add((kind, match));
        }
    }

    /// <summary>Stops all faults.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            Rate = 0;
            _scripted.Clear();
        }
    }

    internal FaultKind? Decide(FaultRequest request)
    {
        lock (_gate)
        {
            var i = _scripted.FindIndex(s => s.Match(request));
            if (i >= 0)
            {
                var kind = _scripted[i].Kind;
                _scripted.RemoveAt(i);
                return kind;
            }
            return Rate > 0 && _random.NextDouble() < Rate ? Kinds[_random.Next(Kinds.Count)] : null;
        }
    }
}

/// <summary>What a scripted fault can match on: the method, the raw path and an upload fragment's Content-Range.</summary>
public sealed record FaultRequest(string Method, string Path, string? ContentRange)
{
    /// <summary>True for the fragment that completes an upload session (its range ends at the total).</summary>
    public bool IsLastFragment => ContentRange is { } range && range.Split('-', '/') is [_, var to, var total]
        && long.TryParse(to, System.Globalization.CultureInfo.InvariantCulture, out var end)
        && long.TryParse(total, System.Globalization.CultureInfo.InvariantCulture, out var size) && end + 1 == size;
}
