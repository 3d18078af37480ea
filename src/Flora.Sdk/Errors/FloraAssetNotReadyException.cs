using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// A wait for an asset to be <c>ready</c> ran out while FLORA was still processing it. The bytes arrived and the asset
/// exists: wait again with <see cref="IAssetService.WaitForReadyAsync(string, TimeSpan?, RequestOptions?, CancellationToken)"/>; never upload it again. This is not a
/// connection failure, so a retry loop over <see cref="FloraConnectionException"/> does not catch it.
/// </summary>
public sealed class FloraAssetNotReadyException : FloraException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="assetId">The asset that is not ready yet.</param>
    /// <param name="lastStatus">The status FLORA answered last.</param>
    /// <param name="waited">How long the SDK waited; zero when it did not wait (the message then names no duration).</param>
    public FloraAssetNotReadyException(string assetId, AssetStatus lastStatus, TimeSpan waited)
        : base(
            $"Asset '{assetId}' is still '{lastStatus}'{(waited > TimeSpan.Zero ? $" after {waited.TotalSeconds:0.#} s" : string.Empty)}: FLORA has it and is still processing it. " +
            $"Wait for it with WaitForReadyAsync(\"{assetId}\") (or a longer ReadyTimeout); do not upload it again, that would make a second asset.")
    {
        AssetId = assetId;
        LastStatus = lastStatus;
        Waited = waited;
    }

    /// <summary>The asset that is not ready yet.</summary>
    public string AssetId { get; }

    /// <summary>The status FLORA answered last, for example <c>pending_upload</c>.</summary>
    public AssetStatus LastStatus { get; }

    /// <summary>How long the SDK waited for the asset to be ready.</summary>
    /// <value><see cref="TimeSpan.Zero"/> when it did not wait (for example a download of an asset that is not ready yet).</value>
    public TimeSpan Waited { get; }
}
