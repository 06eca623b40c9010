namespace OfficeInfra.Load;

/// <summary>Latencies and errors of one kind of operation, recorded from many workers.</summary>
internal sealed class LatencyLog(string name)
{
    private readonly List<double> _milliseconds = [];
    private int _errors;

    public string Name { get; } = name;

    public int Count
    {
        get
        {
            lock (_milliseconds)
            {
                return _milliseconds.Count;
            }
        }
    }

    public int Errors => Volatile.Read(ref _errors);

    public void Record(TimeSpan latency, bool ok)
    {
        lock (_milliseconds)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
        }
        if (!ok)
        {
            Interlocked.Increment(ref _errors);
        }
    }

    /// <summary>One line: count, rate over <paramref name="elapsed"/>, p50/p99/max in ms, errors.</summary>
    public string Summary(TimeSpan elapsed)
    {
        double[] sorted;
        lock (_milliseconds)
        {
            sorted = [.. _milliseconds.Order()];
        }
        return sorted.Length == 0
            ? $"{Name,-22} none"
            : $"{Name,-22} {sorted.Length,7} ({sorted.Length / elapsed.TotalSeconds,7:F1}/s)  p50 {Percentile(sorted, 0.50),7:F1} ms  p99 {Percentile(sorted, 0.99),7:F1} ms  max {sorted[^1],7:F1} ms  errors {Errors}";
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
