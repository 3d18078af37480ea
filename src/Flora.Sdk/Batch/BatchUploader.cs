using System.Runtime.CompilerServices;
using Flora.Sdk.Models;

namespace Flora.Sdk.Batch;

/// <summary>
/// Runs a batch: keeps up to MaxConcurrency single-item uploads in flight, pulls the next item only when a slot frees
/// up, and yields results in the order they finish. Plain tasks and <see cref="Task.WhenAny(IEnumerable{Task})"/> keep it
/// the same on every target (no System.Threading.Channels on netstandard2.0).
/// </summary>
internal sealed class BatchUploader(IAssetService assets, AssetBatchUploadParams parameters, RequestOptions? options)
{
    public const int MaxConcurrencyLimit = 64;

    private readonly BatchItemKeys _keys = new(options);
    private readonly BatchItemRecovery _recovery = new(assets, parameters);

    public async IAsyncEnumerable<AssetUploadResult> RunAsync(IEnumerable<AssetUploadItem> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tracker = new BatchProgressTracker(parameters.Progress);
        var running = new List<Task<AssetUploadResult?>>(parameters.MaxConcurrency);
        using var source = items.GetEnumerator();
        var index = 0;
        var more = true;
        try
        {
            while (true)
            {
                while (more && running.Count < parameters.MaxConcurrency && !stop.IsCancellationRequested)
                {
                    more = source.MoveNext();
                    if (more)
                    {
                        var item = source.Current ?? throw new ArgumentException($"Item {index} of the batch is null.", nameof(items));
                        var itemIndex = index++;
                        var token = stop.Token;

                        // On the pool, with no context: a synchronous start (opening a file) must not hold up the loop,
                        // and Task.Yield would post it back to a caller's UI context, the very thread to keep free.
                        running.Add(Task.Run(() => UploadOneAsync(item, itemIndex, tracker, token), CancellationToken.None));
                    }
                }

                if (running.Count == 0)
                {
                    break;
                }

                var finished = await Task.WhenAny(running).ConfigureAwait(false);
                running.Remove(finished);
                if (await finished.ConfigureAwait(false) is { } result)
                {
                    yield return result;
                }
            }
        }
        finally
        {
            // The caller stopped reading early (break, dispose) or an item source threw: cancel what is in flight and
            // let it end before the batch returns, so no upload outlives the enumeration.
            if (running.Count > 0)
            {
                stop.Cancel();
                await Task.WhenAll(running).ConfigureAwait(false);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Uploads one item; null when the batch was cancelled before it finished.</summary>
    private async Task<AssetUploadResult?> UploadOneAsync(AssetUploadItem item, int index, BatchProgressTracker tracker, CancellationToken cancellationToken)
    {
        long? length = item.Length;
        ItemProgress? progress = null;
        RequestOptions? itemOptions = null;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            itemOptions = _keys.For(item, index);
            progress = tracker.Start(item, item.Path is { } path ? length ??= new FileInfo(path).Length : length);
            var asset = await UploadStreamAsync(item, progress, itemOptions, l => length ??= l, cancellationToken).ConfigureAwait(false);
            tracker.Finish(progress, succeeded: true);
            return new AssetUploadResult { Item = item, Index = index, Asset = asset, Length = length };
        }
        catch (FloraException refused) when (progress is not null && itemOptions?.IdempotencyKey is not null && BatchItemRecovery.IsReusedKey(refused))
        {
            return await AdoptAsync(item, index, length, progress, itemOptions, refused, tracker, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex) when (IsItemFailure(ex))
        {
            tracker.Fail(item, length);
            return new AssetUploadResult { Item = item, Index = index, Error = ex, Length = length };
        }
    }

    /// <summary>The item's key was used by an earlier run: adopt the asset that run made, or fail with the typed error that names it.</summary>
    private async Task<AssetUploadResult?> AdoptAsync(
        AssetUploadItem item, int index, long? length, ItemProgress progress, RequestOptions itemOptions, FloraException refused,
        BatchProgressTracker tracker, CancellationToken cancellationToken)
    {
        try
        {
            var contentType = item.ContentType ?? parameters.ContentType ?? AssetContentTypes.FromFileName(item.FileName);
            var found = await _recovery.AdoptAsync(item, contentType, length, itemOptions, refused, cancellationToken).ConfigureAwait(false);
            tracker.Finish(progress, succeeded: true);
            return new AssetUploadResult { Item = item, Index = index, Asset = found, Adopted = true, Length = length };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex) when (IsItemFailure(ex))
        {
            tracker.Finish(progress, succeeded: false);
            return new AssetUploadResult { Item = item, Index = index, Error = ex, Length = length };
        }
    }

    private async Task<Asset> UploadStreamAsync(
        AssetUploadItem item, ItemProgress progress, RequestOptions? itemOptions, Action<long> knownLength, CancellationToken cancellationToken)
    {
        // A file item is its file opened as a stream, so both kinds of item make the one upload description below.
        var stream = item.Path is { } file
            ? new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan)
            : await item.OpenAsync(cancellationToken).ConfigureAwait(false)
              ?? throw new ArgumentException($"The stream factory of item '{item.FileName}' returned null: return a readable stream.");
        await using (stream.ConfigureAwait(false))
        {
            if (stream.CanSeek)
            {
                knownLength(stream.Length - stream.Position);
                progress.Length ??= stream.Length - stream.Position;
            }

            return await assets.UploadAsync(
                stream,
                new AssetUploadParams
                {
                    WorkspaceId = parameters.WorkspaceId,
                    ProjectId = parameters.ProjectId,
                    FileName = item.FileName,
                    ContentType = item.ContentType ?? parameters.ContentType,
                    Folder = item.Folder ?? parameters.Folder,
                    UploadPath = parameters.UploadPath,
                    AllowUnknownContentType = parameters.AllowUnknownContentType,
                    Progress = progress,
                    WaitForReady = parameters.WaitForReady,
                    ReadyTimeout = parameters.ReadyTimeout,
                },
                itemOptions,
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What one item may fail with without failing the batch: the typed errors of an upload and of reading its source.</summary>
    private static bool IsItemFailure(Exception exception) =>
        exception is FloraException or ArgumentException or IOException or UnauthorizedAccessException or OperationCanceledException;
}
