using System.Net;
using Flora.Sdk.Errors;

namespace Flora.Sdk;

/// <summary>The API answered a status of 500 or above: FLORA failed to handle the request.</summary>
public sealed class FloraInternalServerException : FloraApiException
{
    /// <summary>Creates the exception, for a fake or a test: the SDK makes its own from the response, with its headers and retry hints.</summary>
    /// <param name="message">The message, including status, code, server message and request id.</param>
    /// <param name="errorCode">The envelope's <c>code</c>.</param>
    /// <param name="responseBody">The body as received (capped at 64 KiB).</param>
    /// <param name="requestId">The <c>request-id</c> response header.</param>
    /// <param name="fields">The envelope's per-field errors.</param>
    /// <param name="statusCode">The HTTP status, 500 or above; 500 when not given.</param>
    public FloraInternalServerException(
        string message, string? errorCode = null, string? responseBody = null, string? requestId = null, IReadOnlyList<FloraFieldError>? fields = null,
        HttpStatusCode statusCode = HttpStatusCode.InternalServerError)
        : base(message, statusCode, errorCode, responseBody, requestId, fields)
    {
    }

    internal FloraInternalServerException(ApiError error)
        : base(error)
    {
    }
}
