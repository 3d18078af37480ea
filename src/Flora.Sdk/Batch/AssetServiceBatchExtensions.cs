using Flora.Sdk.Batch;
using Flora.Sdk.Models;
using Flora.Sdk.Validation;

namespace Flora.Sdk;

/// <summary>Uploads many files or streams with bounded concurrency, streaming one result per item as it finishes.</summary>
public static class AssetServiceBatchExtensions
{
    /// <summary>
    /// Uploads every item with <see cref="IAssetService.UploadFileAsync"/> or <see cref="IAssetService.UploadAsync"/>,
    /// at most <see cref="AssetBatchUploadParams.MaxConcurrency"/> at a time, and yields each item's result as it finishes.
    /// </summary>
    /// <param name="assets">The asset service (for example <c>client.Assets</c>).</param>
    /// <param name="items">The sources; read lazily, one item at a time as a slot frees up, so the sequence may be huge or endless.</param>
    /// <param name="parameters">The workspace, defaults for every item, concurrency, wait and progress.</param>
    /// <param name="options">Per-call overrides for items that carry none of their own.</param>
    /// <param name="cancellationToken">
    /// Stops the batch: no item starts after it fires, in-flight uploads are cancelled, and the results of items that had
    /// already finished are still yielded before the enumeration throws <see cref="OperationCanceledException"/>.
    /// </param>
    /// <returns>One <see cref="AssetUploadResult"/> per item, in the order the items finish; a failed item never stops the others.</returns>
    /// <remarks>
    /// Each item takes its own upload call, so it gets the single-file path choice, idempotency keys, transport retries
    /// and reservation renewal of <see cref="IAssetService.UploadAsync"/>.
    /// <para>
    /// Given <see cref="RequestOptions.IdempotencyKey"/>, each item sends its own key, derived from the batch's and from
    /// the item (<see cref="AssetUploadItem.Key"/>): <c>&lt;key&gt;-&lt;first 16 hex digits of the SHA-256 of the item's identity&gt;</c>,
    /// the same for the same item in every run. A rerun of the same batch with the same key (within FLORA's two-hour
    /// memory of keys) never makes a second asset: an item whose key was used adopts the asset the earlier run made
    /// (<see cref="AssetUploadResult.Adopted"/>), waiting for it when <see cref="AssetBatchUploadParams.WaitForReady"/>
    /// is set, or fails with a <see cref="FloraLostCreateException"/> naming the candidates when it cannot tell which.
    /// </para>
    /// A file is opened only when its turn comes and
    /// closed when it is done: memory stays flat however many items there are. Results not yet consumed hold back new
    /// items, so a slow reader slows the batch rather than growing a queue.
    /// </remarks>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; thrown at once, nothing was sent.</exception>
    public static IAsyncEnumerable<AssetUploadResult> UploadManyAsync(
        this IAssetService assets,
        IEnumerable<AssetUploadItem> items,
        AssetBatchUploadParams parameters,
        RequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(parameters);
        InputValidation.WorkspaceId(parameters.WorkspaceId, $"{nameof(parameters)}.{nameof(AssetBatchUploadParams.WorkspaceId)}");
        if (parameters.MaxConcurrency is < 1 or > BatchUploader.MaxConcurrencyLimit)
        {
            throw new ArgumentOutOfRangeException(
                $"{nameof(parameters)}.{nameof(AssetBatchUploadParams.MaxConcurrency)}",
                parameters.MaxConcurrency,
                $"MaxConcurrency must be 1 to {BatchUploader.MaxConcurrencyLimit}; 4 is a good start, 8 on a fast link.");
        }

        if (parameters.ContentType is not null && string.IsNullOrWhiteSpace(parameters.ContentType))
        {
            throw new ArgumentException("ContentType is blank: leave it null to infer each item's type from its file name.", $"{nameof(parameters)}.{nameof(AssetBatchUploadParams.ContentType)}");
        }

        InputValidation.RequestOptions(options, nameof(options));
        if (options?.IdempotencyKey is { Length: > BatchItemKeys.MaxBatchKeyLength } key)
        {
            throw new ArgumentException(
                $"The batch's IdempotencyKey has {key.Length} characters; a batch key may have at most {BatchItemKeys.MaxBatchKeyLength}, as each item's key adds 17 and each upload step up to 9, within FLORA's 255.",
                $"{nameof(options)}.{nameof(RequestOptions.IdempotencyKey)}");
        }

        return new BatchUploader(assets, parameters, options).RunAsync(items, cancellationToken);
    }

    /// <summary>Uploads the files at <paramref name="paths"/>: <see cref="UploadManyAsync"/> over <see cref="AssetUploadItem.FromFile"/> items.</summary>
    /// <param name="assets">The asset service (for example <c>client.Assets</c>).</param>
    /// <param name="paths">The files; read lazily (a <c>Directory.EnumerateFiles</c> walk works as it goes).</param>
    /// <param name="parameters">The workspace, defaults for every item, concurrency, wait and progress.</param>
    /// <param name="options">Per-call overrides for every item.</param>
    /// <param name="cancellationToken">Stops the batch, as for <see cref="UploadManyAsync"/>.</param>
    /// <returns>One <see cref="AssetUploadResult"/> per file, in the order they finish.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; thrown at once, nothing was sent.</exception>
    public static IAsyncEnumerable<AssetUploadResult> UploadFilesAsync(
        this IAssetService assets,
        IEnumerable<string> paths,
        AssetBatchUploadParams parameters,
        RequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return assets.UploadManyAsync(paths.Select(path => AssetUploadItem.FromFile(path)), parameters, options, cancellationToken);
    }
}
