namespace Flora.Sdk.Transport;

/// <summary>
/// One logical call, before retries: what to send, how to name it in errors, logs and traces, and how hard to try. An
/// endpoint describes the call; <see cref="ApiTransport"/> adds the retries and timeout from the options, and its send
/// loop reads nothing else.
/// </summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Operation">The operation's name, for example <c>assets.retrieve</c>: the span name and the subject of error messages.</param>
/// <param name="RelativeUri">
/// The path and query below the base URL, already escaped, without a leading slash (for a call about one resource, the
/// part before <see cref="PathTail"/>); logs show <see cref="LogPath"/>.
/// </param>
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
    Func<AttemptTimeout, HttpContent>? Body = null)
{
    /// <summary>How many times a failed attempt is retried.</summary>
    public int MaxRetries { get; init; }

    /// <summary>The per-attempt timeout (an idle timeout for attempts that restart it), or infinite.</summary>
    public TimeSpan Timeout { get; init; }

    /// <summary>Who answers.</summary>
    public Peer Peer { get; init; }

    /// <summary>
    /// The rest of the path after <see cref="RelativeUri"/> (an escaped id, and what follows it), or null: kept apart so the
    /// request's URL is made in one piece, not from a relative path made first (a string per call).
    /// </summary>
    public string? PathTail { get; init; }

    /// <summary>Whether the call carries an <c>Idempotency-Key</c>: every POST, PUT and PATCH (a GET or DELETE carries none, as in FLORA's SDK).</summary>
    public bool TakesIdempotencyKey => Method == HttpMethod.Post || Method == HttpMethod.Put || string.Equals(Method.Method, "PATCH", StringComparison.OrdinalIgnoreCase);

    /// <summary>The path without its query (queries may carry search text), made only when a log line is written.</summary>
    public string LogPath
    {
        get
        {
            var path = RelativeUri + PathTail;
            var query = path.IndexOf('?', StringComparison.Ordinal);
            return "/" + (query < 0 ? path : path[..query]);
        }
    }
}
