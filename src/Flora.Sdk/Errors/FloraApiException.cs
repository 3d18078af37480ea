using System.Net;

namespace Flora.Sdk;

/// <summary>
/// The FLORA API answered with an error status. Subclasses name the common statuses; any other status raises this type.
/// </summary>
public class FloraApiException : FloraException
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> s_noHeaders = new Dictionary<string, IReadOnlyList<string>>();

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
        : base(message, innerException: null, responseBody)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        RequestId = requestId;
        Fields = fields ?? [];
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
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; private set; } = s_noHeaders;

    /// <summary>The server's own message, without the status, code and request id the <see cref="Exception.Message"/> adds.</summary>
    public string? ServerMessage { get; private set; }

    /// <summary>How long the server asked the client to wait before trying again, when it said (<c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; private set; }

    /// <summary>The server's <c>x-should-retry</c> header, which overrides the status rule.</summary>
    internal bool? ServerRetryHint { get; private set; }

    /// <summary>Which attempt of its call got this response, from 1; 0 for an exception made by other code.</summary>
    internal int Attempt { get; private set; }

    /// <summary>
    /// Adds what the response said beyond the constructor's arguments. Only the send core's error factory calls it, once,
    /// before the exception leaves it: no caller ever sees the exception without these.
    /// </summary>
    internal FloraApiException WithResponse(
        string? serverMessage, TimeSpan? retryAfter, bool? serverRetryHint, int attempt, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
    {
        Headers = headers ?? s_noHeaders;
        ServerMessage = serverMessage;
        RetryAfter = retryAfter;
        ServerRetryHint = serverRetryHint;
        Attempt = attempt;
        return this;
    }
}
