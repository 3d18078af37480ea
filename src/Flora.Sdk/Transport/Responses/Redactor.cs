namespace Flora.Sdk.Transport.Responses;

/// <summary>
/// Keeps the API key out of whatever the SDK repeats from a server or the network stack: bodies, headers and
/// transport error messages. One per client, made with its key.
/// </summary>
internal sealed class Redactor(string apiKey)
{
    private const string Mask = "[redacted]";

    /// <summary>Replaces every occurrence of the key in <paramref name="text"/>.</summary>
    public string? Redact(string? text) =>
        text is null || apiKey.Length == 0 ? text : text.Replace(apiKey, Mask, StringComparison.Ordinal);

    /// <summary>
    /// HttpClient quotes malformed status and header lines in its messages; a server that reflects the request could
    /// make them carry the key. Such an exception is replaced by one with the key redacted and no stack or inner chain.
    /// </summary>
    public Exception Sanitize(Exception exception)
    {
        if (apiKey.Length == 0 || !exception.ToString().Contains(apiKey, StringComparison.Ordinal))
        {
            return exception;
        }

        var message = Redact(exception.Message)!;
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
}
