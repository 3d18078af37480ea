namespace Flora.Sdk.Models;

/// <summary>
/// One source for <see cref="AssetServiceBatchExtensions.UploadManyAsync"/>: a file path, or a stream opened on its
/// turn. Nothing is opened or read when the item is made, so a list of 100,000 items costs only their names.
/// </summary>
public sealed record AssetUploadItem
{
    private readonly Func<Stream>? _open;
    private readonly Func<CancellationToken, ValueTask<Stream>>? _openAsync;

    private AssetUploadItem(string fileName, string? path, Func<Stream>? open, Func<CancellationToken, ValueTask<Stream>>? openAsync, long? length)
    {
        FileName = fileName;
        Path = path;
        _open = open;
        _openAsync = openAsync;
        Length = length;
    }

    /// <summary>The asset's file name, for example <c>product.png</c>.</summary>
    public string FileName { get; }

    /// <summary>The file to upload, for items made with <see cref="FromFile"/>; otherwise null.</summary>
    public string? Path { get; }

    /// <summary>The number of bytes, when the caller knew it; a file's length is read when its turn comes.</summary>
    public long? Length { get; }

    /// <summary>The content type; when null, the batch's <see cref="AssetBatchUploadParams.ContentType"/> or the file name decides.</summary>
    public string? ContentType { get; init; }

    /// <summary>The destination folder; when null, the batch's <see cref="AssetBatchUploadParams.Folder"/>.</summary>
    public string? Folder { get; init; }

    /// <summary>
    /// What makes this item the same item in a rerun of the batch, for example a database row id. When the batch is
    /// given <see cref="RequestOptions.IdempotencyKey"/>, the item's own key is derived from it and from this value;
    /// when null, from the file's full path (file items) or the folder and file name (stream items).
    /// </summary>
    /// <remarks>Two items of one batch with the same identity are refused (the second fails, nothing sent for it).</remarks>
    public string? Key { get; init; }

    /// <summary>
    /// Per-item overrides for the API calls, for example an idempotency key; when null, the batch's options, with the
    /// item's own key derived from the batch's (see <see cref="Key"/>). When set, they are used as they are.
    /// </summary>
    public RequestOptions? Options { get; init; }

    /// <summary>Any value of the caller's, handed back on the item's result (a database row id, say).</summary>
    public object? Tag { get; init; }

    /// <summary>An item that uploads the file at <paramref name="path"/>, opened only when its turn comes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="fileName">The asset's name; the path's file name when null.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public static AssetUploadItem FromFile(string path, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The path is blank: pass the path of the file to upload.", nameof(path));
        }

        return new AssetUploadItem(fileName ?? System.IO.Path.GetFileName(path), path, null, null, null);
    }

    /// <summary>An item whose bytes come from a stream that <paramref name="open"/> makes when the item's turn comes.</summary>
    /// <param name="fileName">The asset's file name.</param>
    /// <param name="open">
    /// Opens the stream, on a thread of the pool; the batch disposes it when the item is done. A seekable stream can be
    /// re-sent. For a source that opens over the network (a blob, an HTTP body), use the overload that takes an
    /// asynchronous opener, so that no thread is blocked while it connects.
    /// </param>
    /// <param name="length">The number of bytes, when known and the stream cannot tell (it is used for progress only).</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is blank.</exception>
#pragma warning disable RS0026 // Both openers take the optional length, the 1.0 contract (issue 28); their delegate types never overlap.
    public static AssetUploadItem FromStream(string fileName, Func<Stream> open, long? length = null)
#pragma warning restore RS0026
    {
        var name = StreamFileName(fileName);
        ArgumentNullException.ThrowIfNull(open);
        return new AssetUploadItem(name, null, open, null, length);
    }

    /// <summary>An item whose bytes come from a stream that <paramref name="open"/> opens asynchronously when the item's turn comes.</summary>
    /// <param name="fileName">The asset's file name.</param>
    /// <param name="open">
    /// Opens the stream (a blob, an HTTP body), given the item's cancellation token, which is cancelled when the batch is;
    /// the batch awaits it and disposes the stream when the item is done. A seekable stream can be re-sent. An
    /// <see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>, <see cref="ArgumentException"/>,
    /// <see cref="OperationCanceledException"/> or <see cref="FloraException"/> it throws fails this item only.
    /// </param>
    /// <param name="length">The number of bytes, when known and the stream cannot tell (it is used for progress only).</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is blank.</exception>
#pragma warning disable RS0026 // As above.
    public static AssetUploadItem FromStream(string fileName, Func<CancellationToken, ValueTask<Stream>> open, long? length = null)
#pragma warning restore RS0026
    {
        var name = StreamFileName(fileName);
        ArgumentNullException.ThrowIfNull(open);
        return new AssetUploadItem(name, null, null, open, length);
    }

    /// <summary>Opens the item's stream (for stream items): the synchronous opener is called, the asynchronous one awaited.</summary>
    internal ValueTask<Stream> OpenAsync(CancellationToken cancellationToken) =>
        _openAsync is { } openAsync ? openAsync(cancellationToken) : new ValueTask<Stream>(_open!());

    private static string StreamFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (string.IsNullOrWhiteSpace(fileName))
        {
            throw new ArgumentException("FileName is required, for example 'product.png'; FLORA stores the asset under it.", nameof(fileName));
        }

        return fileName;
    }

    /// <summary>Describes the item.</summary>
    /// <returns>Its path, or its file name for stream items.</returns>
    public override string ToString() => Path ?? FileName;
}
