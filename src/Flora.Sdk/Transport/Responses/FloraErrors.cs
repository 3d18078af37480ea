using System.Net;
using System.Text;

namespace Flora.Sdk.Transport.Responses;

/// <summary>
/// Every exception the send core raises is made here, complete: an error response (FLORA's ladder for the API,
/// <see cref="FloraStorageHostException"/> for the storage host) or a failure without a response.
/// </summary>
internal static class FloraErrors
{
    /// <summary>How much of an error body is kept; a hostile or broken server cannot make us buffer more.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static async Task<FloraException> FromResponseAsync(
        HttpResponseMessage response, ApiRequest request, int attempt, Redactor redactor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var body = redactor.RedactBody(await BodyReader.ReadCappedAsync(response.Content, MaxBodyBytes, cancellationToken).ConfigureAwait(false));
        var status = response.StatusCode;
        var retryAfter = ResponseHeaders.RetryAfter(response.Headers, now);
        if (request.Peer == Peer.StorageHost)
        {
            var host = response.RequestMessage?.RequestUri?.Host ?? "the storage host";
            return new FloraStorageHostException(
                $"The storage host {host} (the signed upload target) refused the byte upload with {(int)status} {ReasonPhrase(status)} on attempt {attempt}; its body is in " +
                "ResponseBody. The asset stays pending_upload until its bytes arrive.",
                status, host, body, retryAfter);
        }

        // Redacted again once parsed: what the exception repeats is the decoded text, whatever escapes the body used.
        var envelope = ErrorEnvelope.Parse(body).Redacted(redactor);
        var requestId = redactor.Redact(ResponseHeaders.RequestId(response.Headers));
        var message = Describe(request.Operation, status, envelope.Code, envelope.Message, envelope.Fields, requestId);
        var (code, fields) = (envelope.Code, envelope.Fields);
        FloraApiException exception = (int)status switch
        {
            400 => new FloraBadRequestException(message, status, code, body, requestId, fields),
            401 => new FloraAuthenticationException(message, status, code, body, requestId, fields),
            402 => new FloraPaymentRequiredException(message, status, code, body, requestId, fields),
            403 => new FloraPermissionDeniedException(message, status, code, body, requestId, fields),
            404 => new FloraNotFoundException(message, status, code, body, requestId, fields),
            409 => new FloraConflictException(message, status, code, body, requestId, fields),
            422 => new FloraUnprocessableEntityException(message, status, code, body, requestId, fields),
            429 => new FloraRateLimitException(message, status, code, body, requestId, fields),
            >= 500 => new FloraInternalServerException(message, status, code, body, requestId, fields),
            _ => new FloraApiException(message, status, code, body, requestId, fields),
        };
        return exception.WithResponse(envelope.Message, retryAfter, ResponseHeaders.ShouldRetry(response.Headers), attempt, ResponseHeaders.All(response, redactor));
    }

    /// <summary>
    /// The <see cref="FloraConnectionException"/> (or <see cref="FloraTimeoutException"/>) for a failure without a response,
    /// or <see langword="null"/> when it is not one (including the caller's own cancellation, which must propagate).
    /// </summary>
    public static FloraConnectionException? FromTransport(
        Exception exception, in ApiRequest request, int attempt, string? host, Redactor redactor, CancellationToken callerToken)
    {
        if (exception is not (OperationCanceledException or HttpRequestException or IOException)
            || (exception is OperationCanceledException && callerToken.IsCancellationRequested))
        {
            return null;
        }

        var cause = redactor.Sanitize(exception);
        var uploadHost = request.Peer == Peer.StorageHost;
        var subject = !uploadHost ? "FLORA " + request.Operation
            : request.Operation == "assets.download" ? $"The download of asset '{request.AssetId}'"
            : "The upload to the signed upload target";
        return cause is OperationCanceledException
            ? new FloraTimeoutException(
                $"{subject} timed out: attempt {attempt} got no complete response within {DescribeTimeout(request.Timeout)}. " +
                "Raise FloraClientOptions.Timeout or RequestOptions.Timeout if the network is slow.", cause)
            : new FloraConnectionException(
                $"{subject} could not complete: the connection to {host ?? "the server"} failed on attempt {attempt} ({cause.Message}). " +
                (uploadHost ? "Check the network." : "Check the network and FloraClientOptions.BaseUrl."), cause);
    }

    /// <summary>
    /// The refusal of an API answer that came from another origin than the request was sent to: a caller's own
    /// <see cref="HttpClient"/> followed a redirect (the SDK's own handlers follow none). Null when the origin is the same.
    /// </summary>
    public static FloraException? FollowedRedirect(in ApiRequest request, Uri? sentTo, HttpResponseMessage response)
    {
        var answeredFrom = response.RequestMessage?.RequestUri;
        if (sentTo is null || answeredFrom is null || Uri.Compare(sentTo, answeredFrom, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return null;
        }

        return new FloraException(
            $"FLORA API {request.Operation} was redirected to {answeredFrom.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped)} and the " +
            "HttpClient given to FloraClient followed it; the SDK refused that answer. FLORA's API never redirects: check " +
            "FloraClientOptions.BaseUrl, and give FloraClient an HttpClient whose handler has AllowAutoRedirect = false.");
    }

    /// <summary>"FLORA API {operation} failed with {status} {reason} ({code}): {message}. {fields} {hint} Request id: {id}."</summary>
    public static string Describe(
        string operation, HttpStatusCode status, string? code, string? serverMessage, IReadOnlyList<FloraFieldError> fields, string? requestId)
    {
        var text = new StringBuilder();
        text.Append("FLORA API ").Append(operation).Append(" failed with ").Append((int)status).Append(' ').Append(ReasonPhrase(status));
        if (code is not null)
        {
            text.Append(" (").Append(code).Append(')');
        }

        text.Append(": ").Append(serverMessage ?? "the server gave no message");
        if (text[text.Length - 1] != '.')
        {
            text.Append('.');
        }

        foreach (var field in fields)
        {
            text.Append(' ').Append(field.Field).Append(": ").Append(field.Message).Append('.');
        }

        if (Hint(status, code) is { } hint)
        {
            text.Append(' ').Append(hint);
        }

        if (MissingCapabilityHint.For(status, code, serverMessage, fields) is { } capability)
        {
            text.Append(' ').Append(capability);
        }

        if (requestId is not null)
        {
            text.Append(" Request id: ").Append(requestId).Append('.');
        }

        return text.ToString();
    }

    /// <summary>The standard reason phrase (the response's own may be missing or anything).</summary>
    public static string ReasonPhrase(HttpStatusCode status) => (int)status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Content Too Large",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "HTTP error",
    };

    private static string? Hint(HttpStatusCode status, string? code) => (status, code) switch
    {
        (_, "idempotency_duplicate") =>
            "This Idempotency-Key was already used in the last two hours; use a new key for a new request.",
        (HttpStatusCode.Unauthorized, _) => "Check the API key (FloraClientOptions.ApiKey or FLORA_API_KEY).",
        (HttpStatusCode.PaymentRequired, _) => "The workspace has run out of credits.",
        ( >= (HttpStatusCode)300 and < (HttpStatusCode)400, _) =>
            "FLORA's API does not redirect, so the SDK does not follow redirects: check FloraClientOptions.BaseUrl.",
        _ => null,
    };

    private static string DescribeTimeout(TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan ? "the HttpClient's own timeout"
        : timeout.TotalSeconds >= 1 ? $"{timeout.TotalSeconds:0.###} s"
        : $"{timeout.TotalMilliseconds:0} ms";
}
