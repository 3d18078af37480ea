using System.Net;
using System.Text;
using Flora.Sdk.Errors;

namespace Flora.Sdk.Transport;

/// <summary>
/// Every exception the send loop raises is made here, once and complete: an error response (FLORA's ladder for the API,
/// <see cref="FloraStorageHostException"/> for the storage host) or a failure without a response.
/// </summary>
internal static class FloraErrors
{
    /// <summary>The operation name of a download from the storage host: its errors are told as a download's.</summary>
    public const string DownloadOperation = "assets.download";

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
            var message = request.Operation == DownloadOperation
                ? $"The host {host} answered the download of asset '{request.AssetId}' with {(int)status} {ReasonPhrase(status)} on attempt {attempt}; its body is in " +
                  "ResponseBody. The asset's url may have expired: retrieve the asset and download again."
                : $"The storage host {host} (the signed upload target) refused the byte upload with {(int)status} {ReasonPhrase(status)} on attempt {attempt}; its body is in " +
                  "ResponseBody. The asset stays pending_upload until its bytes arrive.";
            return new FloraStorageHostException(message, status, host, body, retryAfter);
        }

        // Redacted again once parsed: what the exception repeats is the decoded text, whatever escapes the body used.
        var envelope = ErrorEnvelope.Parse(body).Redacted(redactor);
        var requestId = redactor.Redact(Core.HeaderValues.RequestId(response.Headers));
        var error = new ApiError
        {
            Message = Describe(request.Operation, status, envelope.Code, envelope.Message, envelope.Fields, requestId),
            StatusCode = status,
            ErrorCode = envelope.Code,
            Body = body,
            RequestId = requestId,
            Fields = envelope.Fields,
            Headers = ResponseHeaders.All(response, redactor),
            ServerMessage = envelope.Message,
            RetryAfter = retryAfter,
            ServerRetryHint = ResponseHeaders.ShouldRetry(response.Headers),
            Attempt = attempt,
        };
        return (int)status switch
        {
            400 => new FloraBadRequestException(error),
            401 => new FloraAuthenticationException(error),
            402 => new FloraPaymentRequiredException(error),
            403 => new FloraPermissionDeniedException(error),
            404 => new FloraNotFoundException(error),
            409 => new FloraConflictException(error),
            422 => new FloraUnprocessableEntityException(error),
            429 => new FloraRateLimitException(error),
            >= 500 => new FloraInternalServerException(error),
            _ => new FloraApiException(error),
        };
    }

    /// <summary>
    /// The <see cref="FloraConnectionException"/> (or <see cref="FloraTimeoutException"/>) for a failure without a response,
    /// or <see langword="null"/> when it is not one (including the caller's own cancellation, which must propagate).
    /// </summary>
    /// <param name="exception">What the attempt threw.</param>
    /// <param name="request">The call.</param>
    /// <param name="attempt">The attempt's number, from 1.</param>
    /// <param name="host">The host the attempt was sent to.</param>
    /// <param name="progress">How far the call got, from its exchange (a download's bytes so far), or null.</param>
    /// <param name="redactor">Removes the key from the cause.</param>
    /// <param name="callerToken">The caller's token: its cancellation is not a failure of the call.</param>
    public static FloraConnectionException? FromTransport(
        Exception exception, in ApiRequest request, int attempt, string? host, string? progress, Redactor redactor, CancellationToken callerToken)
    {
        if (exception is not (OperationCanceledException or HttpRequestException or IOException)
            || (exception is OperationCanceledException && callerToken.IsCancellationRequested))
        {
            return null;
        }

        var cause = redactor.Sanitize(exception);
        var uploadHost = request.Peer == Peer.StorageHost;
        var subject = !uploadHost ? "FLORA " + request.Operation
            : request.Operation == DownloadOperation ? $"The download of asset '{request.AssetId}'"
            : "The upload to the signed upload target";
        var after = progress is null ? string.Empty : " " + progress;
        return cause is OperationCanceledException
            ? new FloraTimeoutException(
                $"{subject} timed out: attempt {attempt} got no complete response within {DescribeTimeout(request.Timeout)}. " +
                "Raise FloraClientOptions.Timeout or RequestOptions.Timeout if the network is slow." + after, cause)
            : new FloraConnectionException(
                $"{subject} could not complete: the connection to {host ?? "the server"} failed on attempt {attempt} ({cause.Message}). " +
                (uploadHost ? "Check the network." : "Check the network and FloraClientOptions.BaseUrl.") + after, cause);
    }

    /// <summary>
    /// The refusal of a 206 to a request that asked for the whole file (a download from its start, or an opening): a part
    /// of the bytes saved as the whole would pass for the asset.
    /// </summary>
    public static FloraStorageHostException PartialAnswer(string assetId, HttpResponseMessage response, string what) =>
        new(
            $"The host answered the {what} of asset '{assetId}', which asked for the whole file, with 206 Partial Content: a part " +
            "of the bytes is not the asset, so none were kept. Try again later, or ask the host's owner.",
            response.StatusCode, response.RequestMessage?.RequestUri?.Host ?? "the storage host", responseBody: null);

    /// <summary>
    /// The refusal of an API answer that came from another origin than the request was sent to: a caller's own
    /// <see cref="HttpClient"/> followed a redirect (the SDK's own handlers follow none). Null when the origin is the same, or for the storage host.
    /// </summary>
    public static FloraException? FollowedRedirect(in ApiRequest request, Uri? sentTo, HttpResponseMessage response)
    {
        var answeredFrom = response.RequestMessage?.RequestUri;
        // The same Uri object when nothing redirected: comparing parts would parse both and make their strings, on every call.
        if (request.Peer != Peer.FloraApi || ReferenceEquals(sentTo, answeredFrom) || sentTo is null || answeredFrom is null || Uri.Compare(sentTo, answeredFrom, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0)
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
