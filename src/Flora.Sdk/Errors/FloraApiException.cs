using System.Net;
using Flora.Sdk.Errors;

namespace Flora.Sdk;

/// <summary>
/// The FLORA API answered with an error status. Subclasses name the common statuses; any other status raises this type.
/// </summary>
public class FloraApiException : FloraException
{
    /// <summary>Creates an exception from an error response.</summary>
    /// <param name="message">The message, including status, code, server message and request id.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="errorCode">The envelope's <c>code</c>, for example <c>not_found</c>.</param>
    /// <param name="responseBody">The body as received (capped at 64 KiB).</param>
    /// <param name="requestId">The <c>request-id</c> response header.</param>
    /// <param name="fields">The envelope's per-field errors.</param>
    public FloraApiException(
        string message,
        HttpStatusCode statusCode,
        string? errorCode = null,
        string? responseBody = null,
        string? requestId = null,
        IReadOnlyList<FloraFieldError>? fields = null)
        : this(new ApiError { Message = message, StatusCode = statusCode, ErrorCode = errorCode, Body = responseBody, RequestId = requestId, Fields = fields ?? [] })
    {
    }

    /// <summary>Creates the exception from everything the response said, in one step (the send loop's error factory).</summary>
    internal FloraApiException(ApiError error)
        : base(error.Message, innerException: null, error.Body)
    {
        StatusCode = error.StatusCode;
        ErrorCode = error.ErrorCode;
        RequestId = error.RequestId;
        Fields = error.Fields;
        Headers = error.Headers;
        ServerMessage = error.ServerMessage;
        RetryAfter = error.RetryAfter;
        ServerRetryHint = error.ServerRetryHint;
        Attempt = error.Attempt;
    }

    /// <summary>The HTTP status of the response.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>FLORA's machine-readable code, for example <c>idempotency_duplicate</c>; <see langword="null"/> when the body had none.</summary>
    public string? ErrorCode { get; }

    /// <summary>The request id to quote to FLORA support (<c>req_…</c>).</summary>
    public string? RequestId { get; }

    /// <summary>Which inputs the server rejected and why; empty when it did not say.</summary>
    public IReadOnlyList<FloraFieldError> Fields { get; }

    /// <summary>The response's headers (its content's too), for example a 429's <c>retry-after</c> and rate-limit headers.</summary>
    /// <value>Never <see langword="null"/>; looked up by case-insensitive name; empty for an exception made by other code.</value>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The server's own message, without the status, code and request id the <see cref="Exception.Message"/> adds.</summary>
    public string? ServerMessage { get; }

    /// <summary>How long the server asked the client to wait before trying again, when it said (<c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The server's <c>x-should-retry</c> header, which overrides the status rule.</summary>
    internal bool? ServerRetryHint { get; }

    /// <summary>Which attempt of its call got this response, from 1; 0 for an exception made by other code.</summary>
    internal int Attempt { get; }
}
