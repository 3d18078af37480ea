using System.Globalization;

namespace Flora.Sdk.Testing;

/// <summary>
/// One injected failure: a status with headers, a delay, or a dropped connection (before or after the handler acted).
/// Queue it with <see cref="FloraEmulatorFaults.Enqueue"/> or list it in <see cref="EmulatorChaosOptions.Faults"/>.
/// </summary>
public sealed class EmulatorFault
{
    private static readonly IReadOnlyDictionary<string, string> s_noHeaders = new Dictionary<string, string>(0);

    private EmulatorFault(
        EmulatorFaultKind kind, int statusCode = 0, string? errorCode = null, IReadOnlyDictionary<string, string>? headers = null, TimeSpan delay = default, Action? callback = null)
    {
        CallbackAction = callback;
        Kind = kind;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Headers = headers ?? s_noHeaders;
        Delay = delay;
    }

    /// <summary>What the fault does.</summary>
    public EmulatorFaultKind Kind { get; }

    /// <summary>The status answered, for <see cref="EmulatorFaultKind.Status"/> faults; otherwise 0.</summary>
    public int StatusCode { get; }

    /// <summary>The <c>error.code</c> of the envelope answered, for <see cref="EmulatorFaultKind.Status"/> faults.</summary>
    public string? ErrorCode { get; }

    /// <summary>The extra response headers of a <see cref="EmulatorFaultKind.Status"/> fault (for example <c>Retry-After</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>How long a <see cref="EmulatorFaultKind.Delay"/> fault waits.</summary>
    public TimeSpan Delay { get; }

    internal Action? CallbackAction { get; }

    /// <summary>Answers with <paramref name="statusCode"/> and FLORA's error envelope; the handler does not run.</summary>
    /// <param name="statusCode">The HTTP status, 400 to 599.</param>
    /// <param name="errorCode">The envelope's <c>error.code</c>; defaults to the code FLORA uses for the status.</param>
    /// <param name="headers">Extra response headers, for example <c>x-should-retry</c>.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not an error status.</exception>
    public static EmulatorFault Status(int statusCode, string? errorCode = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return new EmulatorFault(EmulatorFaultKind.Status, statusCode, errorCode ?? DefaultCode(statusCode), headers);
    }

    /// <summary>A 503 <c>service_unavailable</c>, with <c>Retry-After</c> in whole seconds when <paramref name="retryAfter"/> is given.</summary>
    /// <param name="retryAfter">The wait to advertise; rounded up to whole seconds.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault ServiceUnavailable(TimeSpan? retryAfter = null) =>
        Status(503, "service_unavailable", retryAfter is { } wait
            ? new Dictionary<string, string> { ["Retry-After"] = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture) }
            : null);

    /// <summary>A 429 <c>rate_limited</c>, with <c>retry-after-ms</c> when <paramref name="retryAfter"/> is given.</summary>
    /// <param name="retryAfter">The wait to advertise, in milliseconds on the wire.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault RateLimited(TimeSpan? retryAfter = null) =>
        Status(429, "rate_limited", retryAfter is { } wait
            ? new Dictionary<string, string> { ["retry-after-ms"] = ((long)Math.Ceiling(wait.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture) }
            : null);

    /// <summary>A 500 <c>unknown_error</c>.</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault InternalServerError() => Status(500, "unknown_error");

    /// <summary>Waits <paramref name="delay"/> (real time), then lets the handler answer normally.</summary>
    /// <param name="delay">How long to wait; zero or more.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative.</exception>
    public static EmulatorFault Delayed(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new EmulatorFault(EmulatorFaultKind.Delay, delay: delay);
    }

    /// <summary>
    /// Runs <paramref name="callback"/> on the server just before the handler, then lets the request be handled normally:
    /// for example to move the emulator's fake clock at an exact point of a flow.
    /// </summary>
    /// <param name="callback">The action to run; an exception from it answers 500.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    public static EmulatorFault Callback(Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new EmulatorFault(EmulatorFaultKind.Callback, callback: callback);
    }

    /// <summary>Drops the connection before the handler runs: the server did nothing.</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault DropConnection() => new(EmulatorFaultKind.DropBeforeHandling);

    /// <summary>Lets the handler do its work, then drops the connection instead of answering: the response is lost.</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault DropConnectionAfterHandling() => new(EmulatorFaultKind.DropAfterHandling);

    /// <summary>
    /// Sends half of an asset's bytes from its url (the status, the headers and half the body), then drops the
    /// connection; queue it on <see cref="EmulatorRoute.Content"/> to test a download's resume.
    /// </summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault DropDownloadHalfway() => new(EmulatorFaultKind.DropDownloadHalfway);

    /// <summary>
    /// Lets the request start its run normally, then makes that run end <c>failed</c> (after the usual processing time)
    /// with <paramref name="errorCode"/> and <paramref name="errorMessage"/>; queue it on a route that starts runs.
    /// </summary>
    /// <param name="errorCode">The run's <c>error_code</c>.</param>
    /// <param name="errorMessage">The run's <c>error_message</c>.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentException">A value is null or blank.</exception>
    public static EmulatorFault RunFails(string errorCode = "run_failed", string errorMessage = "Injected fault: the run failed.")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(errorCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(errorMessage);
        return new EmulatorFault(EmulatorFaultKind.RunFailure, errorCode: errorCode) { RunErrorMessage = errorMessage };
    }

    /// <summary>The <c>error_message</c> of the run a <see cref="EmulatorFaultKind.RunFailure"/> fault fails.</summary>
    public string? RunErrorMessage { get; private init; }

    /// <summary>Describes the fault.</summary>
    /// <returns>The kind and its parameters.</returns>
    public override string ToString() => Kind switch
    {
        EmulatorFaultKind.Status => $"{StatusCode} {ErrorCode}",
        EmulatorFaultKind.Delay => $"delay {Delay.TotalMilliseconds:0} ms",
        EmulatorFaultKind.RunFailure => $"run fails with {ErrorCode}",
        _ => Kind.ToString(),
    };

    private static string DefaultCode(int status) => status switch
    {
        400 => "input_validation_error",
        401 => "unauthorized",
        402 => "insufficient_credits",
        403 => "forbidden",
        404 => "not_found",
        409 => "conflict",
        429 => "rate_limited",
        503 => "service_unavailable",
        _ => "unknown_error",
    };
}
