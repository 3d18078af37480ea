using Flora.Sdk.Models;

namespace Flora.Sdk.Batch;

/// <summary>
/// Sums the progress of a batch's items into <see cref="AssetBatchUploadProgress"/> snapshots. Reports are made under
/// one lock so that the totals a caller sees never go backwards, even with several uploads reporting at once.
/// </summary>
internal sealed class BatchProgressTracker(IProgress<AssetBatchUploadProgress>? sink)
{
#if NET9_0_OR_GREATER
    private readonly Lock _gate = new();
#else
    private readonly object _gate = new();
#endif
    private int _started;
    private int _succeeded;
    private int _failed;
    private long _bytesSent;

    public ItemProgress Start(AssetUploadItem item, long? length)
    {
        var progress = new ItemProgress(this, item, length);
        lock (_gate)
        {
            _started++;
            Report(progress.Item, 0, length, finished: false);
        }

        return progress;
    }

    public void Finish(ItemProgress progress, bool succeeded)
    {
        lock (_gate)
        {
            if (succeeded)
            {
                _succeeded++;
            }
            else
            {
                _failed++;
            }

            Report(progress.Item, progress.Sent, progress.Length, finished: true);
        }
    }

    /// <summary>An item failed, possibly before it started (its file could not be opened).</summary>
    public void Fail(AssetUploadItem item, long? length)
    {
        lock (_gate)
        {
            _failed++;
            Report(item, 0, length, finished: true);
        }
    }

    /// <summary>An item's upload sent more bytes (or, when it is re-sent, started again from 0).</summary>
    public void Advance(ItemProgress progress, long delta)
    {
        lock (_gate)
        {
            _bytesSent += delta;
            Report(progress.Item, progress.Sent, progress.Length, finished: false);
        }
    }

    private void Report(AssetUploadItem item, long itemSent, long? itemLength, bool finished) =>
        sink?.Report(new AssetBatchUploadProgress
        {
            Item = item,
            ItemBytesSent = itemSent,
            ItemLength = itemLength,
            ItemFinished = finished,
            FilesStarted = _started,
            FilesSucceeded = _succeeded,
            FilesFailed = _failed,
            BytesSent = _bytesSent,
        });
}

/// <summary>One item's cumulative byte count, turned into deltas for the batch total.</summary>
internal sealed class ItemProgress(BatchProgressTracker tracker, AssetUploadItem item, long? length) : IProgress<long>
{
    private long _sent;

    public AssetUploadItem Item => item;

    public long? Length { get; set; } = length;

    public long Sent => Interlocked.Read(ref _sent);

    public void Report(long value)
    {
        var previous = Interlocked.Exchange(ref _sent, value);
        if (value != previous)
        {
            tracker.Advance(this, value - previous);
        }
    }
}
