using System.Globalization;

namespace OfficeInfra.Bench;

/// <summary>Median and range of a set of timings, printed the same way by every benchmark.</summary>
public sealed record Figures(double Median, double Min, double Max, int Count)
{
    /// <summary>Summarises <paramref name="samples"/> (milliseconds).</summary>
    public static Figures Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Figures(median, sorted[0], sorted[^1], sorted.Length);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"median {Median:0.000} ms (min {Min:0.000}, max {Max:0.000}, n={Count})");
}
