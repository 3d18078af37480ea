namespace Flora.Sdk.Compatibility;

/// <summary>Cancellation sources that fire after a delay on a <see cref="TimeProvider"/>, on every target framework.</summary>
internal static class CancellationSources
{
    /// <summary><c>new CancellationTokenSource(delay, timeProvider)</c>; netstandard2.0 gets it from Microsoft.Bcl.TimeProvider.</summary>
    public static CancellationTokenSource After(TimeSpan delay, TimeProvider timeProvider) =>
#if NETSTANDARD2_0
        timeProvider.CreateCancellationTokenSource(delay);
#else
        new(delay, timeProvider);
#endif
}
