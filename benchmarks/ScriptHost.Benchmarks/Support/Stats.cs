namespace ScriptHost.Benchmarks.Support;

/// <summary>Order statistics over samples (nearest-rank percentiles: no interpolation to hide a slow sample).</summary>
internal static class Stats
{
    public static double Median(IEnumerable<double> samples) => Percentile(samples, 50);

    public static double Percentile(IEnumerable<double> samples, double percent)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
