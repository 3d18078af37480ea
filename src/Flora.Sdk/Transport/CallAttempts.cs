using System.Diagnostics;
using Flora.Sdk.Transport.Responses;
using Microsoft.Extensions.Logging;

namespace Flora.Sdk.Transport;

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
        var logger = core.Logger;
        try
        {
            using var response = await (invoker is HttpClient http
                ? http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                : invoker.SendAsync(message, timeout.Token)).ConfigureAwait(false);
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
