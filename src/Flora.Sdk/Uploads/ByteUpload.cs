using Flora.Sdk.Transport;

namespace Flora.Sdk.Uploads;

/// <summary>
/// Sends one upload's bytes to a signed target through the send core, as often as retries and renewals need: each
/// pass rewinds the caller's stream to where it started, which needs a seekable stream.
/// </summary>
internal sealed class ByteUpload(SendCore core, HttpMessageInvoker invoker, Stream content, string fileName, string contentType, IProgress<long>? progress)
{
    private readonly RewindableContent _content = new(content);
    private Func<long>? _lastPassSent;

    /// <summary>The bytes the last successful pass sent.</summary>
    public long BytesSent { get; private set; }

    public Task SendAsync(SignedUploadTarget target, string assetId, int maxRetries, TimeSpan idleTimeout, CancellationToken cancellationToken) =>
        core.SendAsync(
            invoker,
            new ApiRequest(target.Method, "assets.upload.send", target.Url.AbsolutePath.TrimStart('/'), AssetId: assetId)
            {
                MaxRetries = maxRetries,
                Timeout = idleTimeout,
                Peer = Peer.StorageHost,
            },
            (Upload: this, Target: target),
            static (s, attempt) => s.Upload.Build(s.Target, attempt),
            static (s, _, _) => s.Upload.Sent(),
            cancellationToken);

    private HttpRequestMessage Build(SignedUploadTarget target, AttemptContext attempt)
    {
        var body = new UploadStream(_content.Rewind(), progress, attempt.Timeout);
        _lastPassSent = () => body.Sent;
        return new HttpRequestMessage(target.Method, target.Url) { Content = target.BuildContent(body, fileName, contentType) };
    }

    private ValueTask<bool> Sent()
    {
        BytesSent = _lastPassSent?.Invoke() ?? 0;
        return new ValueTask<bool>(true);
    }
}
