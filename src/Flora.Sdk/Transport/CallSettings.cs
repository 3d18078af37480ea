namespace Flora.Sdk.Transport;

/// <summary>Who answers a call: the FLORA API, or the external host a signed upload goes to. It decides how errors read.</summary>
internal enum Peer
{
    /// <summary>The FLORA API: errors are FLORA's envelope and map to the <see cref="FloraApiException"/> ladder.</summary>
    FloraApi,

    /// <summary>The signed upload target outside FLORA: errors become <see cref="FloraUploadHostException"/>, with no FLORA hints.</summary>
    UploadHost,
}

/// <summary>What the send core needs to know about one logical call, besides how to build its request and read its answer.</summary>
/// <param name="Operation">The span name and the subject of error messages, for example <c>assets.retrieve</c>.</param>
/// <param name="Method">The HTTP method, for logs and traces.</param>
/// <param name="Path">The request's path, possibly with a query, without a leading slash; logs show <see cref="LogPath"/>.</param>
/// <param name="AssetId">The asset the call is about, for traces; <see langword="null"/> when not yet known.</param>
/// <param name="MaxRetries">How many times a failed attempt is retried.</param>
/// <param name="Timeout">The per-attempt timeout (an idle timeout for attempts that restart it), or infinite.</param>
/// <param name="Peer">Who answers.</param>
internal readonly record struct CallSettings(
    string Operation,
    HttpMethod Method,
    string Path,
    string? AssetId,
    int MaxRetries,
    TimeSpan Timeout,
    Peer Peer = Peer.FloraApi)
{
    /// <summary>The path without its query (queries may carry search text), made only when a log line is written.</summary>
    public string LogPath
    {
        get
        {
            var query = Path.IndexOf('?', StringComparison.Ordinal);
            return "/" + (query < 0 ? Path : Path[..query]);
        }
    }
}

/// <summary>What a request builder learns about the attempt it builds for.</summary>
/// <param name="Number">The attempt's number, from 1.</param>
/// <param name="Timeout">The attempt's timeout; a body that streams for long pushes it back with <see cref="AttemptTimeout.Restart"/>.</param>
internal readonly record struct AttemptContext(int Number, AttemptTimeout Timeout);
