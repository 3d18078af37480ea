using System.Net;

namespace Flora.Sdk.Errors;

/// <summary>
/// Everything an error response said, read once by the send loop's error factory: a <see cref="FloraApiException"/> is
/// made from it in one step, and no part of the exception is set after it is made.
/// </summary>
internal sealed class ApiError
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> s_noHeaders = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The exception's message: status, code, server message, field errors, hints and request id.</summary>
    public required string Message { get; init; }

    public required HttpStatusCode StatusCode { get; init; }

    public string? ErrorCode { get; init; }

    /// <summary>The body as received (capped, redacted).</summary>
    public string? Body { get; init; }

    public string? RequestId { get; init; }

    public IReadOnlyList<FloraFieldError> Fields { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; init; } = s_noHeaders;

    public string? ServerMessage { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The server's <c>x-should-retry</c>, which overrides the status rule.</summary>
    public bool? ServerRetryHint { get; init; }

    /// <summary>Which attempt of its call got the response, from 1; 0 for an exception made by other code.</summary>
    public int Attempt { get; init; }
}
