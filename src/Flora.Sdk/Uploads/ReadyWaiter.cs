using Flora.Sdk.Endpoints;
using Flora.Sdk.Models;

namespace Flora.Sdk.Uploads;

/// <summary>Polls an asset until it is <c>ready</c>, with growing pauses on the client's clock.</summary>
internal sealed class ReadyWaiter(AssetEndpoints assets)
{
    /// <summary>How long a wait takes when the caller sets no timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan s_firstPoll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_maxPoll = TimeSpan.FromSeconds(5);

    /// <summary>Waits on the default schedule (an upload's <c>WaitForReady</c>).</summary>
    public Task<Asset> WaitAsync(string assetId, TimeSpan? timeout, RequestOptions? options, CancellationToken cancellationToken) =>
        WaitAsync(assetId, timeout, pollInterval: null, options, cancellationToken);

    /// <summary>
    /// Waits for an asset whose id and arguments were already validated; the first look is at once, the first pause
    /// <paramref name="pollInterval"/> (1 s when null), each pause half as long again up to 5 s or the interval when longer.
    /// </summary>
    /// <exception cref="FloraAssetFailedException">The asset failed.</exception>
    /// <exception cref="FloraAssetNotReadyException">The time ran out before the asset was ready.</exception>
    public async Task<Asset> WaitAsync(string assetId, TimeSpan? timeout, TimeSpan? pollInterval, RequestOptions? options, CancellationToken cancellationToken)
    {
        var time = assets.Api.TimeProvider;
        var limit = timeout ?? DefaultTimeout;
        var started = time.GetTimestamp();
        var pause = pollInterval ?? s_firstPoll;
        var longest = pause > s_maxPoll ? pause : s_maxPoll;
        while (true)
        {
            var asset = (await assets.RetrieveAsync(assetId, options, cancellationToken).ConfigureAwait(false)).Value;
            if (asset.Status == AssetStatus.Ready)
            {
                return asset.ToAsset();
            }

            if (asset.Status == AssetStatus.Failed)
            {
                throw new FloraAssetFailedException(assetId, asset.FailureMessage);
            }

            var remaining = limit == Timeout.InfiniteTimeSpan ? pause : limit - time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new FloraAssetNotReadyException(assetId, asset.Status, limit);
            }

            await Task.Delay(pause < remaining ? pause : remaining, time, cancellationToken).ConfigureAwait(false);
            pause = TimeSpan.FromTicks(Math.Min((long)(pause.Ticks * 1.5), longest.Ticks));
        }
    }
}
