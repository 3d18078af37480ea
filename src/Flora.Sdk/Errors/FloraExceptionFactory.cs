using System.Net;
using System.Text;

namespace Flora.Sdk.Errors;

/// <summary>Maps a FLORA error response to its exception type and writes the message a person reads.</summary>
internal static class FloraExceptionFactory
{
    public static FloraApiException Create(ApiError error) => (int)error.StatusCode switch
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

    /// <summary>"FLORA API {operation} failed with {status} {reason} ({code}): {message}. {fields} {hint} Request id: {id}."</summary>
    public static string Describe(
        string operation, HttpStatusCode status, string? code, string? serverMessage, IReadOnlyList<FloraFieldError> fields, string? requestId)
    {
        var text = new StringBuilder();
        text.Append("FLORA API ").Append(operation).Append(" failed with ")
            .Append((int)status).Append(' ').Append(ReasonPhrase(status));
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
    public static string ReasonPhrase(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => "Bad Request",
        HttpStatusCode.Unauthorized => "Unauthorized",
        HttpStatusCode.PaymentRequired => "Payment Required",
        HttpStatusCode.Forbidden => "Forbidden",
        HttpStatusCode.NotFound => "Not Found",
        HttpStatusCode.RequestTimeout => "Request Timeout",
        HttpStatusCode.Conflict => "Conflict",
        (HttpStatusCode)413 => "Content Too Large",
        (HttpStatusCode)422 => "Unprocessable Entity",
        (HttpStatusCode)429 => "Too Many Requests",
        HttpStatusCode.InternalServerError => "Internal Server Error",
        HttpStatusCode.BadGateway => "Bad Gateway",
        HttpStatusCode.ServiceUnavailable => "Service Unavailable",
        HttpStatusCode.GatewayTimeout => "Gateway Timeout",
        _ => "HTTP error",
    };

    private static string? Hint(HttpStatusCode status, string? code) => (status, code) switch
    {
        (_, "idempotency_duplicate") =>
            "This Idempotency-Key was already used in the last two hours; use a new key for a new request.",
        (HttpStatusCode.Unauthorized, _) => "Check the API key (FloraClientOptions.ApiKey or FLORA_API_KEY).",
        (HttpStatusCode.PaymentRequired, _) => "The workspace has run out of credits.",
        _ => null,
    };
}
