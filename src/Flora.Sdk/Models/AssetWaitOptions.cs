namespace Flora.Sdk.Models;

/// <summary>How a wait for an asset to be <c>ready</c> runs: how long in all, and how often it looks (the shape of a run's wait).</summary>
public sealed record AssetWaitOptions
{
    /// <summary>How long to wait in all before giving up with <see cref="FloraAssetNotReadyException"/>.</summary>
    /// <value>2 minutes when null; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> waits without limit. Otherwise positive.</value>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The first pause between two looks at the asset (the first look is at once).</summary>
    /// <value>
    /// 1 second when null. Each pause is half as long again as the one before, up to 5 seconds or this value when it is
    /// longer; the last pause ends at the timeout. Positive, at most 1 hour.
    /// </value>
    public TimeSpan? PollInterval { get; init; }
}
