using Flora.Sdk.Endpoints;
using Flora.Sdk.Models;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Uploads;

/// <summary>Polls an asset until it is <c>ready</c>, with growing pauses on the client's clock.</summary>
internal sealed class ReadyWaiter(AssetEndpoints assets)
{
    /// <summary>How long a wait takes when the caller sets no timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Waits on the default schedule (an upload's <c>WaitForReady</c>).</summary>
    public Task<Asset> WaitAsync(string assetId, TimeSpan? timeout, RequestOptions? options, CancellationToken cancellationToken) =>
        WaitAsync(assetId, timeout, pollInterval: null, options, cancellationToken);

    /// <summary>
    /// Waits for an asset whose id and arguments were already validated, on the <see cref="PollSchedule"/> of
    /// <paramref name="pollInterval"/> (1 s when null).
    /// </summary>
    /// <exception cref="FloraAssetFailedException">The asset failed.</exception>
    /// <exception cref="FloraAssetNotReadyException">The time ran out before the asset was ready.</exception>
    public async Task<Asset> WaitAsync(string assetId, TimeSpan? timeout, TimeSpan? pollInterval, RequestOptions? options, CancellationToken cancellationToken)
    {
        var schedule = new PollSchedule(assets.Api.TimeProvider, timeout ?? DefaultTimeout, pollInterval);
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

            if (schedule.Next() is not { } pause)
            {
                throw new FloraAssetNotReadyException(assetId, asset.Status, schedule.Timeout);
            }

            await schedule.DelayAsync(pause, cancellationToken).ConfigureAwait(false);
        }
    }
}
