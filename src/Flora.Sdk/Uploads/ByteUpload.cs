using Flora.Sdk.Transport;

namespace Flora.Sdk.Uploads;

/// <summary>
/// Sends one upload's bytes to a signed target through the send loop, as often as retries and renewals need: each
/// pass rewinds the caller's stream to where it started, which needs a seekable stream.
/// </summary>
internal sealed class ByteUpload(ApiTransport api, HttpMessageInvoker invoker, Stream content, string fileName, string contentType, IProgress<long>? progress)
    : IExchange<bool>
{
    private readonly RewindableContent _content = new(content);
    private SignedUploadTarget? _target;
    private Func<long>? _lastPassSent;

    /// <summary>The bytes the last successful pass sent.</summary>
    public long BytesSent { get; private set; }

    string? IExchange<bool>.Progress => null;

    public Task SendAsync(SignedUploadTarget target, string assetId, int maxRetries, TimeSpan idleTimeout, CancellationToken cancellationToken)
    {
        _target = target;
        return api.SendToStorageAsync<ByteUpload, bool>(
            invoker,
            new ApiRequest(target.Method, "assets.upload.send", target.Url.AbsolutePath.TrimStart('/'), AssetId: assetId) { MaxRetries = maxRetries, Timeout = idleTimeout },
            this,
            cancellationToken);
    }

    HttpRequestMessage IExchange<bool>.Build(in ApiRequest request, AttemptTimeout timeout)
    {
        var target = _target!;
        var body = new UploadStream(_content.Rewind(), progress, timeout);
        _lastPassSent = () => body.Sent;
        return new HttpRequestMessage(target.Method, target.Url) { Content = target.BuildContent(body, fileName, contentType) };
    }

    ValueTask<bool> IExchange<bool>.ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        BytesSent = _lastPassSent?.Invoke() ?? 0;
        return new ValueTask<bool>(true);
    }
}
