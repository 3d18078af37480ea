using Flora.Sdk.Assets;
using Flora.Sdk.Models;

namespace Flora.Sdk.Uploads;

/// <summary>Polls an asset until it is <c>ready</c>, with growing pauses on the client's clock.</summary>
internal sealed class ReadyWaiter(AssetService assets, TimeProvider time)
{
    private static readonly TimeSpan s_defaultTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan s_firstPoll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_maxPoll = TimeSpan.FromSeconds(5);

    /// <summary>Waits for an asset whose id and arguments were already validated.</summary>
    public async Task<AssetRetrieveResponse> WaitAsync(string assetId, TimeSpan? timeout, RequestOptions? options, CancellationToken cancellationToken)
    {
        var limit = timeout ?? s_defaultTimeout;
        var started = time.GetTimestamp();
        var pause = s_firstPoll;
        while (true)
        {
            var asset = await assets.RetrieveAsync(assetId, options, cancellationToken).ConfigureAwait(false);
            if (asset.Status == AssetStatus.Ready)
            {
                return asset;
            }

            if (asset.Status == AssetStatus.Failed)
            {
                throw new FloraAssetFailedException(assetId, asset.FailureMessage);
            }

            var remaining = limit == Timeout.InfiniteTimeSpan ? pause : limit - time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new FloraTimeoutException(
                    $"Asset '{assetId}' is still '{asset.Status}' after {limit.TotalSeconds:0.#} s; pass a longer timeout to WaitForReadyAsync, or check it later with RetrieveAsync.");
            }

            await Task.Delay(pause < remaining ? pause : remaining, time, cancellationToken).ConfigureAwait(false);
            pause = TimeSpan.FromTicks(Math.Min((long)(pause.Ticks * 1.5), s_maxPoll.Ticks));
        }
    }
}
