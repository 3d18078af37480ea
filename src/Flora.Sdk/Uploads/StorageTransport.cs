namespace Flora.Sdk.Uploads;

/// <summary>
/// The transport to the storage host (the bytes of a signed upload, and a download from the asset's URL): a handler of
/// the SDK's own, apart from the caller's <see cref="HttpClient"/>, so that the storage host never sees the FLORA key,
/// the caller's default headers or cookies. It follows no redirect: a 3xx from the signed upload target is an error, so the body never goes to a host the
/// reservation did not name. Under <c>AddFloraClient</c> it is the named <c>IHttpClientFactory</c> client
/// <see cref="HttpClientName"/>, with its own rotated pool; otherwise each client owns one and releases it on Dispose.
/// </summary>
internal static class StorageTransport
{
    /// <summary>The <c>IHttpClientFactory</c> name of the storage transport under dependency injection.</summary>
    public const string HttpClientName = "Flora.Sdk.Storage";

    /// <summary>A client's own storage transport, for clients made without dependency injection; the client disposes it.</summary>
    public static HttpMessageInvoker Create() => new(CreateHandler(), disposeHandler: true);

    /// <summary>A storage transport over a caller's handler (<see cref="FloraClientOptions.StorageHandler"/>), which the caller disposes.</summary>
    public static HttpMessageInvoker Over(HttpMessageHandler handler) => new(handler, disposeHandler: false);

    /// <summary>A handler that keeps no cookies and follows no redirects; its pool recycles connections so DNS changes are seen.</summary>
    public static HttpMessageHandler CreateHandler() =>
#if NETSTANDARD2_0
        new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
#else
        new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
#endif
}
