using System.Diagnostics;
using Flora.Sdk.Transport.Responses;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Flora.Sdk.Transport;

/// <summary>
/// The one place requests are sent: API calls and the byte upload alike. It owns the per-attempt timeout, retries
/// (a Polly pipeline), tracing, logging, redaction and mapping failures to the exception ladder. A caller passes what
/// differs: the invoker to send through, how to build each attempt's request, how to read a success, and the settings.
/// It lives here, not in an HttpClient handler, so it behaves the same over any HttpClient.
/// </summary>
internal sealed class SendCore
{
    private readonly ILogger _logger;
    private readonly AttemptTimeouts _timeouts;
    private readonly RetryPipelines _retries;

    public SendCore(TimeProvider timeProvider, Redactor redactor, ILogger? logger)
    {
        TimeProvider = timeProvider;
        Redactor = redactor;
        _logger = logger ?? NullLogger.Instance;
        _timeouts = new AttemptTimeouts(timeProvider);
        _retries = new RetryPipelines(timeProvider, _logger);
    }

    public TimeProvider TimeProvider { get; }

    public Redactor Redactor { get; }

    /// <summary>Sends one logical call, with its retries, and returns what <paramref name="readSuccess"/> read from the 2xx answer.</summary>
    /// <param name="invoker">What to send through (an <see cref="HttpClient"/> is asked for headers-first responses).</param>
    /// <param name="settings">The call's name, retries, timeout and peer.</param>
    /// <param name="state">Passed to both delegates, so that they can be static (no closure per call).</param>
    /// <param name="buildRequest">Builds a fresh request for each attempt.</param>
    /// <param name="readSuccess">Reads a 2xx response; its failures are mapped like the send's.</param>
    /// <param name="cancellationToken">The caller's token; its cancellation is never retried nor reported as a timeout.</param>
    public async Task<TResult> SendAsync<TState, TResult>(
        HttpMessageInvoker invoker,
        CallSettings settings,
        TState state,
        Func<TState, AttemptContext, HttpRequestMessage> buildRequest,
        Func<TState, HttpResponseMessage, CancellationToken, ValueTask<TResult>> readSuccess,
        CancellationToken cancellationToken)
    {
        using var activity = FloraDiagnostics.ActivitySource.StartActivity(settings.Operation, ActivityKind.Client);
        activity?.SetTag("http.request.method", settings.Method.Method);
        activity?.SetTag("flora.asset_id", settings.AssetId);

        var started = FloraMetrics.CallStarted();
        var call = new Call<TState, TResult>(this, invoker, settings, state, buildRequest, readSuccess);
        var context = ResilienceContextPool.Shared.Get(settings.Operation, cancellationToken);
        context.Properties.Set(RetryPipelines.CallKey, call);
        try
        {
            var result = await _retries.For(settings.MaxRetries)
                .ExecuteAsync(static (ctx, c) => c.AttemptAsync(ctx.CancellationToken), context, call).ConfigureAwait(false);
            activity?.SetTag("http.response.status_code", call.StatusCode);
            FloraMetrics.CallFinished(settings, started, call.StatusCode, failure: null);
            return result;
        }
        catch (Exception ex) when ((activity is not null || started != 0) && ex is FloraException or OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            activity?.SetTag("error.type", FloraMetrics.ErrorType(ex));
            FloraMetrics.CallFinished(settings, started, statusCode: 0, ex);
            throw;
        }
        finally
        {
            activity?.SetTag("flora.retry_count", Math.Max(0, call.Attempts - 1));
            ResilienceContextPool.Shared.Return(context);
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

    /// <summary>A call's attempts so far, as the retry log line sees them.</summary>
    internal abstract class Call(CallSettings settings)
    {
        public CallSettings Settings { get; } = settings;

        public int Attempts { get; protected set; }

        /// <summary>The status of the attempt that succeeded.</summary>
        public int StatusCode { get; protected set; }
    }

    /// <summary>The state of one logical call across its attempts: one allocation per call.</summary>
    private sealed class Call<TState, TResult>(
        SendCore core,
        HttpMessageInvoker invoker,
        CallSettings settings,
        TState state,
        Func<TState, AttemptContext, HttpRequestMessage> buildRequest,
        Func<TState, HttpResponseMessage, CancellationToken, ValueTask<TResult>> readSuccess) : Call(settings)
    {
        public async ValueTask<TResult> AttemptAsync(CancellationToken callerToken)
        {
            var number = ++Attempts;
            var started = Stopwatch.GetTimestamp();
            using var timeout = core._timeouts.Start(Settings.Timeout, callerToken);
            using var request = buildRequest(state, new AttemptContext(number, timeout));
            try
            {
                using var response = await (invoker is HttpClient http
                    ? http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                    : invoker.SendAsync(request, timeout.Token)).ConfigureAwait(false);
                if (core._logger.IsEnabled(LogLevel.Debug))
                {
                    FloraLog.AttemptCompleted(
                        core._logger, Settings.Method.Method, Settings.LogPath, (int)response.StatusCode,
                        Stopwatch.GetElapsedTime(started).TotalMilliseconds, number, core.Redactor.Redact(ResponseHeaders.RequestId(response.Headers)));
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw await ErrorResponses.ReadAsync(response, Settings, number, core.Redactor, core.TimeProvider.GetUtcNow(), timeout.Token).ConfigureAwait(false);
                }

                var value = await readSuccess(state, response, timeout.Token).ConfigureAwait(false);
                StatusCode = (int)response.StatusCode;
                return value;
            }
            catch (Exception ex) when (TransportFailure.From(ex, Settings, number, request.RequestUri?.Host, core.Redactor, callerToken) is { } failure)
            {
                if (core._logger.IsEnabled(LogLevel.Debug))
                {
                    FloraLog.AttemptFailed(
                        core._logger, Settings.Method.Method, Settings.LogPath, Stopwatch.GetElapsedTime(started).TotalMilliseconds, number,
                        failure is FloraTimeoutException ? "timeout" : failure.InnerException?.Message ?? failure.Message);
                }

                throw failure;
            }
        }
    }
}
