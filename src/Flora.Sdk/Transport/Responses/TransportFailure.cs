namespace Flora.Sdk.Transport.Responses;

/// <summary>Maps a failure without an HTTP response to the exception ladder, keeping the caller's cancellation apart.</summary>
internal static class TransportFailure
{
    /// <summary>
    /// Returns the <see cref="FloraConnectionException"/> (or <see cref="FloraTimeoutException"/>) for <paramref name="exception"/>,
    /// or <see langword="null"/> when it is not a transport failure (including the caller's own cancellation, which must propagate).
    /// </summary>
    public static FloraConnectionException? From(
        Exception exception, in CallSettings settings, int attempt, string? host, Redactor redactor, CancellationToken callerToken)
    {
        if (exception is not (OperationCanceledException or HttpRequestException or IOException)
            || (exception is OperationCanceledException && callerToken.IsCancellationRequested))
        {
            return null;
        }

        var cause = redactor.Sanitize(exception);
        var subject = settings.Peer == Peer.UploadHost ? "The upload to the signed upload target" : "FLORA " + settings.Operation;
        return cause is OperationCanceledException
            ? new FloraTimeoutException(
                $"{subject} timed out: attempt {attempt} got no complete response within {Describe(settings.Timeout)}. " +
                "Raise FloraClientOptions.Timeout or RequestOptions.Timeout if the network is slow.", cause)
            : new FloraConnectionException(
                $"{subject} could not complete: the connection to {host ?? "the server"} failed on attempt {attempt} ({cause.Message}). " +
                (settings.Peer == Peer.UploadHost ? "Check the network." : "Check the network and FloraClientOptions.BaseUrl."), cause);
    }

    private static string Describe(TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan ? "the HttpClient's own timeout"
        : timeout.TotalSeconds >= 1 ? $"{timeout.TotalSeconds:0.###} s"
        : $"{timeout.TotalMilliseconds:0} ms";
}
