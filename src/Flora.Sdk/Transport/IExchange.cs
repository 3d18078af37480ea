namespace Flora.Sdk.Transport;

/// <summary>
/// What one call sends on each attempt and how it reads a 2xx answer. FLORA's JSON calls use the transport's own
/// (<see cref="ApiTransport"/>); the byte upload, the download and the opened download bring theirs.
/// </summary>
/// <typeparam name="T">What a 2xx answer is read into.</typeparam>
internal interface IExchange<T>
{
    /// <summary>What a failure's message adds about how far the call got (a download's bytes so far), or null.</summary>
    string? Progress { get; }

    /// <summary>A fresh request for one attempt; a body that streams for long pushes <paramref name="timeout"/> back.</summary>
    HttpRequestMessage Build(in ApiRequest request, AttemptTimeout timeout);

    /// <summary>Reads a 2xx answer within the attempt; what it throws is mapped like a failed send.</summary>
    ValueTask<T> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken);
}
