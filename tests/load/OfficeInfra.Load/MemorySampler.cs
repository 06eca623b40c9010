namespace OfficeInfra.Load;

/// <summary>The services' resident memory (VmRSS from /proc, summed over their processes), sampled on a timer while the load runs.</summary>
internal sealed class MemorySampler(IReadOnlyList<int> pids)
{
    private readonly List<(TimeSpan At, double MiB)> _samples = [];

    public void Sample(TimeSpan at)
    {
        var kib = 0d;
        foreach (var pid in pids)
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is null || !double.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var one))
            {
                return;
            }
            kib += one;
        }
        lock (_samples)
        {
            _samples.Add((at, kib / 1024));
        }
    }

    /// <summary>Start, middle and end, plus the peak and every sample.</summary>
    public string Summary()
    {
        lock (_samples)
        {
            if (_samples.Count == 0)
            {
                return "service RSS: not sampled";
            }
            var middle = _samples[_samples.Count / 2];
            return $"service RSS: start {_samples[0].MiB:F0} MiB, middle ({middle.At.TotalSeconds:F0} s) {middle.MiB:F0} MiB, " +
                $"end {_samples[^1].MiB:F0} MiB, peak {_samples.Max(s => s.MiB):F0} MiB\n" +
                "  samples: " + string.Join(", ", _samples.Select(s => $"{s.At.TotalSeconds:F0}s={s.MiB:F0}"));
        }
    }
}
