namespace Flora.Sdk.Transport;

/// <summary>One logical API call, before retries: what to send and how to name it in errors, logs and traces.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Operation">The operation's name, for example <c>assets.retrieve</c>.</param>
/// <param name="RelativeUri">The path and query below the base URL, already escaped, without a leading slash.</param>
/// <param name="JsonBody">The serialized JSON body, sent again on every attempt; <see langword="null"/> for none.</param>
/// <param name="AssetId">The asset the call is about, for traces; <see langword="null"/> when not yet known.</param>
/// <param name="EmptyBodyIsEmptyObject">Whether an empty 2xx body reads as <c>{}</c> (for endpoints whose body is undocumented).</param>
/// <param name="Body">Builds a body other than JSON for each attempt (the direct upload's multipart form); <see langword="null"/> for none.</param>
internal readonly record struct ApiRequest(
    HttpMethod Method,
    string Operation,
    string RelativeUri,
    byte[]? JsonBody = null,
    string? AssetId = null,
    bool EmptyBodyIsEmptyObject = false,
    Func<AttemptContext, HttpContent>? Body = null)
{
    public bool IsPost => Method == HttpMethod.Post;
}
