using Microsoft.Extensions.Logging;

namespace Flora.Sdk.Transport;

/// <summary>The SDK's log lines. Never the key, never bodies: only what identifies an attempt.</summary>
internal static partial class FloraLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "FLORA {Method} {Path} answered {StatusCode} in {ElapsedMs:0.0} ms (attempt {Attempt}, request id {RequestId})")]
    public static partial void AttemptCompleted(ILogger logger, string method, string path, int statusCode, double elapsedMs, int attempt, string? requestId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug,
        Message = "FLORA {Method} {Path} failed without a response after {ElapsedMs:0.0} ms (attempt {Attempt}): {Reason}")]
    public static partial void AttemptFailed(ILogger logger, string method, string path, double elapsedMs, int attempt, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "Retrying FLORA {Method} {Path} in {DelayMs:0} ms after attempt {Attempt}: {Reason}")]
    public static partial void Retrying(ILogger logger, string method, string path, double delayMs, int attempt, string reason);
}
