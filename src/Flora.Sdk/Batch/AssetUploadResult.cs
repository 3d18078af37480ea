namespace Flora.Sdk.Models;

/// <summary>How one item of a batch upload ended: with its asset, or with the exception that stopped it.</summary>
public sealed record AssetUploadResult
{
    /// <summary>The item.</summary>
    public required AssetUploadItem Item { get; init; }

    /// <summary>The item's position in the input, from 0.</summary>
    public int Index { get; init; }

    /// <summary>The asset, when the upload succeeded.</summary>
    public Asset? Asset { get; init; }

    /// <summary>
    /// Why the item failed: a <see cref="FloraException"/> subclass for API and transport failures, an
    /// <see cref="ArgumentException"/> for an input FLORA would refuse (nothing was sent), or an <see cref="IOException"/>
    /// or <see cref="UnauthorizedAccessException"/> when the source could not be read. With
    /// <see cref="AssetBatchUploadParams.WaitForReady"/>, an item whose asset was made but was still processing when
    /// <see cref="AssetBatchUploadParams.ReadyTimeout"/> ran out carries a <see cref="FloraAssetNotReadyException"/> naming
    /// the asset: wait for it with <see cref="IAssetService.WaitForReadyAsync(string, TimeSpan?, RequestOptions?, CancellationToken)"/>, never upload the item again. An item
    /// whose key an earlier run used, and whose asset cannot be adopted, carries a <see cref="FloraLostCreateException"/>.
    /// </summary>
    public Exception? Error { get; init; }

    /// <summary>
    /// Whether the asset was made by an earlier run of the same batch with the same idempotency key, and adopted
    /// instead of uploading the item again.
    /// </summary>
    /// <remarks>
    /// <see langword="true"/> only when the SDK knows it: this run's first create was refused because the key was used
    /// before. When this run's first create got no answer and its retry was refused, the upload's own lost-create recovery
    /// finds the asset, which this run's lost attempt or an earlier run may have made; the result is then the same asset,
    /// with <see cref="Adopted"/> <see langword="false"/>. Either way no second asset is made.
    /// </remarks>
    public bool Adopted { get; init; }

    /// <summary>The item's length in bytes, when known.</summary>
    public long? Length { get; init; }

    /// <summary>Whether the item ended with an asset.</summary>
    public bool Succeeded => Asset is not null;
}
