using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// The middleware every request passes after routing, whichever route (if any) matched: stamps the request id, refuses
/// non-loopback Host names, logs the request, applies any fault, checks the API key and idempotency key, runs the
/// endpoint (which only computes its answer) and writes the answer. Handlers compute their response before it is
/// written, so a "drop after handling" fault can lose a response whose work was already done.
/// </summary>
internal sealed partial class EmulatorPipeline(EmulatorState state, FloraEmulatorFaults faults)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var requestId = "req_" + Guid.NewGuid().ToString("N");
        context.Response.Headers["request-id"] = requestId;
        if (!LoopbackHost.IsLoopback(request.Headers.Host.ToString()))
        {
            // Before any route, fault or log entry: a page that reached 127.0.0.1 by DNS rebinding gets nothing else.
            await WriteAsync(context, MisdirectedRequest()).ConfigureAwait(false);
            return;
        }

        var endpoint = EmulatorRoutes.Resolve(context);
        var route = endpoint?.Route ?? EmulatorRoute.Unknown;
        long sequence;
        lock (state.Gate)
        {
            sequence = state.Log.NextSequence();
        }

        var entry = new EmulatorRequest
        {
            Sequence = sequence,
            Timestamp = state.Now,
            Method = request.Method,
            Path = EmulatorRoutes.SentPath(context).Value ?? string.Empty,
            QueryString = request.QueryString.Value ?? string.Empty,
            Route = route,
            RequestId = requestId,
            HadAuthorization = request.Headers.ContainsKey("Authorization"),
            IdempotencyKey = NullIfEmpty(request.Headers["Idempotency-Key"].ToString()),
            UserAgent = NullIfEmpty(request.Headers.UserAgent.ToString()),
            ContentType = request.ContentType,
            ContentLength = request.ContentLength,
        };

        var fault = faults.Next(route);
        entry = entry with { Fault = fault?.Kind };
        try
        {
            if (fault?.Kind == EmulatorFaultKind.Delay)
            {
                await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
            }

            fault?.CallbackAction?.Invoke();
            if (fault?.Kind == EmulatorFaultKind.RunFailure)
            {
                context.Items[typeof(EmulatorFault)] = fault; // read by the run-starting routes (RunStarter)
            }

            if (fault?.Kind == EmulatorFaultKind.DropBeforeHandling)
            {
                context.Abort();
                Record(entry);
                return;
            }

            var result = fault?.Kind == EmulatorFaultKind.Status
                ? InjectedStatus(fault)
                : await HandleAsync(context, endpoint, entry, next).ConfigureAwait(false);

            if (fault?.Kind == EmulatorFaultKind.DropDownloadHalfway && result.FilePath is not null)
            {
                await ContentRanges.WriteHalfThenAbortAsync(context, result).ConfigureAwait(false);
                Record(entry with { StatusCode = result.StatusCode });
                return;
            }

            if (fault?.Kind is EmulatorFaultKind.DropAfterHandling or EmulatorFaultKind.DropDownloadHalfway)
            {
                context.Abort();
                Record(entry with { ErrorCode = result.ErrorCode });
                return;
            }

            if (result.StatusCode is StatusCodes.Status413PayloadTooLarge)
            {
                // The rest of the body is not read: close rather than make the client send (and Kestrel drain) it.
                result.Headers["Connection"] = "close";
            }

            await WriteAsync(context, result).ConfigureAwait(false);
            Record(entry with { StatusCode = result.StatusCode, ErrorCode = result.ErrorCode });
        }
        catch (BadHttpRequestException ex) when (!context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            // Kestrel gave up on the body (too slow: 408; or malformed framing): the client is still there, so say why.
            var message = ex.StatusCode == StatusCodes.Status408RequestTimeout
                ? $"The request body stalled: it must arrive at 240 bytes a second or more after the first {state.Options.RequestBodyTimeout.TotalSeconds:0.#} s."
                : "The request body could not be read: " + ex.Message;
            var result = EmulatorResult.Error(ex.StatusCode, "input_validation_error", message);
            result.Headers["Connection"] = "close";
            Record(entry with { StatusCode = result.StatusCode, ErrorCode = result.ErrorCode });
            try
            {
                await WriteAsync(context, result).ConfigureAwait(false);
            }
            catch (Exception writeFailed) when (writeFailed is IOException or OperationCanceledException)
            {
                // The client closed its side after sending part of the body: it will never read this answer.
            }
        }
        catch (Exception ex) when (context.RequestAborted.IsCancellationRequested || ex is IOException or BadHttpRequestException)
        {
            // The client went away mid-request: nothing to answer.
            Record(entry);
        }
#pragma warning disable CA1031 // The server boundary: any other failure (a throwing fault callback, a bug) becomes a 500 envelope.
        catch (Exception ex) when (!context.Response.HasStarted)
#pragma warning restore CA1031
        {
            var result = EmulatorResult.Error(500, "unknown_error", $"The emulator failed: {ex.GetType().Name}: {ex.Message}");
            await WriteAsync(context, result).ConfigureAwait(false);
            Record(entry with { StatusCode = result.StatusCode, ErrorCode = result.ErrorCode });
        }
    }

    private void Record(EmulatorRequest entry)
    {
        lock (state.Gate)
        {
            state.Log.Record(entry);
        }
    }

    private async Task<EmulatorResult> HandleAsync(HttpContext context, EmulatorEndpoint? endpoint, EmulatorRequest entry, RequestDelegate next)
    {
        if (endpoint is { IsApi: false })
        {
            // The upload target and asset URLs are "outside FLORA": no API key, no idempotency keys.
            return await RunEndpointAsync(context, next).ConfigureAwait(false);
        }

        if (Authenticate(context.Request) is { } unauthorized)
        {
            return unauthorized;
        }

        if (endpoint is null)
        {
            return EmulatorResult.NotFound($"There is no {context.Request.Method} {EmulatorRoutes.SentPath(context)} in the FLORA API.");
        }

        // FLORA: "Mutating public API requests support an optional Idempotency-Key header".
        var method = context.Request.Method;
        var key = HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) ? entry.IdempotencyKey : null;
        if (key is not null && !ClaimIdempotencyKey(key))
        {
            return EmulatorResult.Error(409, "idempotency_duplicate",
                $"A request with Idempotency-Key '{key}' was already processed within the last {state.Options.IdempotencyWindow.TotalHours:0.##} hours.");
        }

        EmulatorResult? result = null;
        try
        {
            result = await RunEndpointAsync(context, next).ConfigureAwait(false);
        }
        finally
        {
            // Only processed requests use up their key: a refused one, or one whose body never fully arrived (the client
            // gave up mid-send, a stalled body), may be sent again with it.
            if (key is not null && result is not { IsSuccess: true })
            {
                lock (state.Gate)
                {
                    state.ReleaseIdempotencyKey(key);
                }
            }
        }

        return result;
    }

    /// <summary>Runs the matched endpoint (the rest of the pipeline), which leaves its answer in the <see cref="EmulatorExchange"/>.</summary>
    private static async Task<EmulatorResult> RunEndpointAsync(HttpContext context, RequestDelegate next)
    {
        var exchange = new EmulatorExchange();
        context.Features.Set(exchange);
        await next(context).ConfigureAwait(false);
        return exchange.Result ?? throw new InvalidOperationException("The emulator endpoint computed no answer.");
    }

    private bool ClaimIdempotencyKey(string key)
    {
        lock (state.Gate)
        {
            return state.TryClaimIdempotencyKey(key);
        }
    }

}
