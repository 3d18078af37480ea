using System.Diagnostics;
using Flora.Sdk.Transport.Responses;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Flora.Sdk.Transport;

/// <summary>
/// The one place requests are sent: API calls and the byte upload alike. It owns the span, the metrics, the first
/// attempt, and hands a retryable failure to the retry pipeline (<see cref="RetryPipelines"/>). A caller passes what
/// differs: the invoker to send through, how to build each attempt's request, how to read a success, and the call's
/// description. It lives here, not in an HttpClient handler, so it behaves the same over any HttpClient.
/// </summary>
internal sealed class SendCore
{
    private readonly RetryPipelines _retries;

    public SendCore(TimeProvider timeProvider, Redactor redactor, ILogger? logger)
    {
        TimeProvider = timeProvider;
        Redactor = redactor;
        Logger = logger ?? NullLogger.Instance;
        Timeouts = new AttemptTimeouts(timeProvider);
        _retries = new RetryPipelines(timeProvider, Logger);
    }

    public TimeProvider TimeProvider { get; }

    public Redactor Redactor { get; }

    public ILogger Logger { get; }

    public AttemptTimeouts Timeouts { get; }

    /// <summary>Sends one logical call, with its retries, and returns what <paramref name="readSuccess"/> read from the 2xx answer.</summary>
    /// <param name="invoker">What to send through (an <see cref="HttpClient"/> is asked for headers-first responses).</param>
    /// <param name="request">The call's description: its name, retries, timeout and peer.</param>
    /// <param name="state">Passed to both delegates, so that they can be static (no closure per call).</param>
    /// <param name="buildRequest">Builds a fresh request for each attempt.</param>
    /// <param name="readSuccess">Reads a 2xx response; its failures are mapped like the send's.</param>
    /// <param name="cancellationToken">The caller's token; its cancellation is never retried nor reported as a timeout.</param>
    public async Task<TResult> SendAsync<TState, TResult>(
        HttpMessageInvoker invoker,
        ApiRequest request,
        TState state,
        Func<TState, AttemptContext, HttpRequestMessage> buildRequest,
        Func<TState, HttpResponseMessage, CancellationToken, ValueTask<TResult>> readSuccess,
        CancellationToken cancellationToken)
    {
        using var activity = FloraDiagnostics.ActivitySource.StartActivity(request.Operation, ActivityKind.Client);
        activity?.SetTag("http.request.method", request.Method.Method);
        activity?.SetTag("flora.asset_id", request.AssetId);

        var started = FloraMetrics.CallStarted();
        var attempts = new CallAttempts<TState, TResult>(this, invoker, request, state, buildRequest, readSuccess);
        try
        {
            TResult result;
            try
            {
                // The first attempt runs outside Polly: a call that succeeds at once pays nothing for the retry pipeline
                // (about 0.45 µs a call: Sdk against SdkWithoutRetries in tests/Flora.Sdk.Benchmarks/Scenarios/RetrieveCostBenchmarks.cs).
                result = await attempts.NextAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (FloraException failure) when (request.MaxRetries > 0 && RetryRules.IsRetryable(failure))
            {
                result = await _retries.RetryAsync(attempts, failure, cancellationToken).ConfigureAwait(false);
            }

            activity?.SetTag("http.response.status_code", attempts.StatusCode);
            FloraMetrics.CallFinished(request, started, attempts.StatusCode, failure: null);
            return result;
        }
        catch (Exception ex) when ((activity is not null || started != 0) && ex is FloraException or OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            activity?.SetTag("error.type", FloraMetrics.ErrorType(ex));
            FloraMetrics.CallFinished(request, started, statusCode: 0, ex);
            throw;
        }
        finally
        {
            activity?.SetTag("flora.retry_count", Math.Max(0, attempts.Count - 1));
        }
    }

    /// <summary>
    /// Tags the SDK's current span: the call being read (a response reader runs inside it), or between the steps of an
    /// upload, the upload's; nothing when no one listens.
    /// </summary>
    public static void TagCallSpan(string name, object? value)
    {
        if (Activity.Current is { } span && span.Source == FloraDiagnostics.ActivitySource)
        {
            span.SetTag(name, value);
        }
    }
}

/// <summary>One logical call's attempts so far, as the retry log line and the metrics see them.</summary>
internal abstract class CallAttempts(ApiRequest request)
{
    public ApiRequest Request { get; } = request;

    public int Count { get; protected set; }

    /// <summary>The status of the attempt that succeeded.</summary>
    public int StatusCode { get; protected set; }
}

/// <summary>
/// The state of one logical call across its attempts (one allocation per call), and one attempt: its timeout, the send,
/// the error mapping and the read of a success.
/// </summary>
internal sealed class CallAttempts<TState, TResult>(
    SendCore core,
    HttpMessageInvoker invoker,
    ApiRequest request,
    TState state,
    Func<TState, AttemptContext, HttpRequestMessage> buildRequest,
    Func<TState, HttpResponseMessage, CancellationToken, ValueTask<TResult>> readSuccess) : CallAttempts(request)
{
    public async ValueTask<TResult> NextAsync(CancellationToken callerToken)
    {
        var number = ++Count;
        var started = Stopwatch.GetTimestamp();
        using var timeout = core.Timeouts.Start(Request.Timeout, callerToken);
        using var message = buildRequest(state, new AttemptContext(number, timeout, Request));
        var sentTo = message.RequestUri;
        var logger = core.Logger;
        try
        {
            using var response = await (invoker is HttpClient http
                ? http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                : invoker.SendAsync(message, timeout.Token)).ConfigureAwait(false);
            if (Request.Peer == Peer.FloraApi && FloraErrors.FollowedRedirect(Request, sentTo, response) is { } redirected)
            {
                throw redirected;
            }

            if (logger.IsEnabled(LogLevel.Debug))
            {
                FloraLog.AttemptCompleted(
                    logger, Request.Method.Method, Request.LogPath, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, number,
                    core.Redactor.Redact(ResponseHeaders.RequestId(response.Headers)));
            }

            if (!response.IsSuccessStatusCode)
            {
                throw await FloraErrors.FromResponseAsync(response, Request, number, core.Redactor, core.TimeProvider.GetUtcNow(), timeout.Token).ConfigureAwait(false);
            }

            var value = await readSuccess(state, response, timeout.Token).ConfigureAwait(false);
            StatusCode = (int)response.StatusCode;
            return value;
        }
        catch (Exception ex) when (FloraErrors.FromTransport(ex, Request, number, message.RequestUri?.Host, core.Redactor, callerToken) is { } failure)
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                FloraLog.AttemptFailed(
                    logger, Request.Method.Method, Request.LogPath, Stopwatch.GetElapsedTime(started).TotalMilliseconds, number,
                    failure is FloraTimeoutException ? "timeout" : failure.InnerException?.Message ?? failure.Message);
            }

            throw failure;
        }
    }
}
