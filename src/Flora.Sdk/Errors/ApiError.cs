using System.Net;

namespace Flora.Sdk.Errors;

/// <summary>Everything read from one FLORA error response, so that its exception is complete when constructed.</summary>
internal sealed record ApiError
{
    public required string Message { get; init; }

    public required HttpStatusCode StatusCode { get; init; }

    public string? ErrorCode { get; init; }

    public string? ResponseBody { get; init; }

    public string? RequestId { get; init; }

    public IReadOnlyList<FloraFieldError> Fields { get; init; } = [];

    public string? ServerMessage { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public bool? ServerRetryHint { get; init; }

    /// <summary>Which attempt of its call got the response, from 1.</summary>
    public int Attempt { get; init; }
}
