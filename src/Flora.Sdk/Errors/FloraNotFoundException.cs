using System.Net;
using Flora.Sdk.Errors;

namespace Flora.Sdk;

/// <summary>The API answered 404 Not Found: the resource does not exist or is not accessible to this API key.</summary>
public sealed class FloraNotFoundException : FloraApiException
{
    /// <summary>Creates the exception, for a fake or a test: the SDK makes its own from the response, with its headers and retry hints.</summary>
    /// <param name="message">The message, including status, code, server message and request id.</param>
    /// <param name="errorCode">The envelope's <c>code</c>.</param>
    /// <param name="responseBody">The body as received (capped at 64 KiB).</param>
    /// <param name="requestId">The <c>request-id</c> response header.</param>
    /// <param name="fields">The envelope's per-field errors.</param>
    public FloraNotFoundException(
        string message, string? errorCode = null, string? responseBody = null, string? requestId = null, IReadOnlyList<FloraFieldError>? fields = null)
        : base(message, HttpStatusCode.NotFound, errorCode, responseBody, requestId, fields)
    {
    }

    internal FloraNotFoundException(ApiError error)
        : base(error)
    {
    }
}
