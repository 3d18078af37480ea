using System.Net;

namespace Flora.Sdk;

/// <summary>The API answered 422 Unprocessable Entity: the request was well-formed but cannot be processed (for example idempotency_conflict).</summary>
/// <param name="message">The message, including status, code, server message and request id.</param>
/// <param name="statusCode">The HTTP status.</param>
/// <param name="errorCode">The envelope's <c>code</c>.</param>
/// <param name="responseBody">The body as received (capped at 64 KiB).</param>
/// <param name="requestId">The <c>request-id</c> response header.</param>
/// <param name="fields">The envelope's per-field errors.</param>
public sealed class FloraUnprocessableEntityException(
    string message, HttpStatusCode statusCode, string? errorCode = null, string? responseBody = null, string? requestId = null, IReadOnlyList<FloraFieldError>? fields = null)
    : FloraApiException(message, statusCode, errorCode, responseBody, requestId, fields);
