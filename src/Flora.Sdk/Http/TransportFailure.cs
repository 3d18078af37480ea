namespace Flora.Sdk.Http;

/// <summary>Maps a failure without an HTTP response to the exception ladder, keeping the caller's cancellation apart.</summary>
internal static class TransportFailure
{
    /// <summary>
    /// Returns the <see cref="FloraConnectionException"/> (or <see cref="FloraTimeoutException"/>) for <paramref name="exception"/>,
    /// or <see langword="null"/> when it is not a transport failure (including the caller's own cancellation, which must propagate).
    /// </summary>
    public static FloraConnectionException? From(
        Exception exception, string operation, int attempt, TimeSpan timeout, string? host, CancellationToken callerToken, string? apiKey = null)
    {
        var cause = Sanitize(exception, apiKey);
        return cause switch
        {
            OperationCanceledException when callerToken.IsCancellationRequested => null,

            // Not the caller's token: our attempt timeout (or HttpClient.Timeout) fired.
            OperationCanceledException => new FloraTimeoutException(
                $"FLORA {operation} timed out: attempt {attempt} got no complete response within {Describe(timeout)}. " +
                "Raise FloraClientOptions.Timeout or RequestOptions.Timeout if the network is slow.", cause),

            HttpRequestException or IOException => new FloraConnectionException(
                $"FLORA {operation} could not complete: the connection to {host ?? "the server"} failed on attempt {attempt} ({cause.Message}). " +
                "Check the network and FloraClientOptions.BaseUrl.", cause),

            _ => null,
        };
    }

    /// <summary>
    /// HttpClient quotes malformed status and header lines in its messages; a server that reflects the request could
    /// make them carry the key. Such an exception is replaced by one with the key redacted and no stack or inner chain.
    /// </summary>
    public static Exception Sanitize(Exception exception, string? apiKey)
    {
        if (string.IsNullOrEmpty(apiKey) || !exception.ToString().Contains(apiKey, StringComparison.Ordinal))
        {
            return exception;
        }

        var message = ErrorResponseReader.Redact(exception.Message, apiKey)!;
        return exception switch
        {
            OperationCanceledException => new OperationCanceledException(message),
#if NETSTANDARD2_0
            HttpRequestException => new HttpRequestException(message),
#else
            HttpRequestException http => new HttpRequestException(http.HttpRequestError, message),
#endif
            _ => new IOException(message),
        };
    }

    private static string Describe(TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan ? "the HttpClient's own timeout"
        : timeout.TotalSeconds >= 1 ? $"{timeout.TotalSeconds:0.###} s"
        : $"{timeout.TotalMilliseconds:0} ms";
}
