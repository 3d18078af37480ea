namespace Flora.Sdk.Models;

/// <summary>A snapshot of a batch upload, taken when one item started, sent bytes or finished.</summary>
public sealed record AssetBatchUploadProgress
{
    /// <summary>The item whose change made this report.</summary>
    public required AssetUploadItem Item { get; init; }

    /// <summary>Bytes of <see cref="Item"/> sent so far (a re-sent item starts again from 0).</summary>
    public long ItemBytesSent { get; init; }

    /// <summary>The length of <see cref="Item"/>, when known.</summary>
    public long? ItemLength { get; init; }

    /// <summary>Whether <see cref="Item"/> has finished (succeeded or failed).</summary>
    public bool ItemFinished { get; init; }

    /// <summary>Items started so far, finished or not.</summary>
    public int FilesStarted { get; init; }

    /// <summary>Items that ended with an asset.</summary>
    public int FilesSucceeded { get; init; }

    /// <summary>Items that ended with an error.</summary>
    public int FilesFailed { get; init; }

    /// <summary>Bytes sent by every item so far.</summary>
    public long BytesSent { get; init; }
}
