using System.Globalization;

namespace Extractor.Benchmarks.QueueLoad;

/// <summary>Nearest-rank percentiles of request latencies in milliseconds.</summary>
internal sealed record LatencySummary(int Count, double P50, double P95, double Max)
{
    public static LatencySummary Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new LatencySummary(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), sorted[^1]);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"n={Count} p50={P50:0.0} ms p95={P95:0.0} ms max={Max:0.0} ms");

    private static double Rank(double[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
