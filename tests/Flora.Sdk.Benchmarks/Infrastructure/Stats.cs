namespace Flora.Sdk.Benchmarks.Infrastructure;

/// <summary>Small statistics helpers for the commands' reports.</summary>
internal static class Stats
{
    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
