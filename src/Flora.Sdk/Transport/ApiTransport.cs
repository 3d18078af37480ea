using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Flora.Sdk.Transport;

/// <summary>
/// The one place requests are sent, FLORA's and the storage host's alike, read top to bottom: <see cref="RunAsync"/>
/// is the loop (send an attempt, classify the answer, decide on a retry, wait).
/// For FLORA's API it also adds the base URL, the key, the standard headers and the idempotency key, and reads the 2xx
/// body through a source-generated JSON contract. It lives here, not in an HttpClient handler, so it behaves the same
/// over any HttpClient. The retry rules are <see cref="RetryRules"/>; every exception is made by <see cref="FloraErrors"/>.
/// </summary>
internal sealed class ApiTransport
{
    private readonly HttpMessageInvoker _invoker;
    private readonly string _baseUrl;
    private readonly string _authorization;
    private readonly ILogger _logger;

    public ApiTransport(HttpMessageInvoker invoker, FloraClientOptions options, Redactor redactor, ILogger? logger)
    {
        _invoker = invoker;
        _authorization = "Bearer " + options.ApiKey;
        var text = options.BaseUrl.AbsoluteUri;
        _baseUrl = text.EndsWith('/') ? text : text + "/";
        MaxRetries = options.MaxRetries;
        Timeout = options.Timeout;
        MaxPages = options.MaxPages;
        TimeProvider = options.TimeProvider;
        Redactor = redactor;
        _logger = logger ?? NullLogger.Instance;
        Timeouts = new AttemptTimeouts(TimeProvider);
    }

    public Uri BaseUrl => new(_baseUrl);

    /// <summary>The client's retry count, unless a call's <see cref="RequestOptions.MaxRetries"/> says otherwise.</summary>
    public int MaxRetries { get; }

    /// <summary>The client's per-attempt timeout, unless a call's <see cref="RequestOptions.Timeout"/> says otherwise.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The most pages one list enumeration fetches (<see cref="FloraClientOptions.MaxPages"/>).</summary>
    public int MaxPages { get; }

    public TimeProvider TimeProvider { get; }

    public Redactor Redactor { get; }

    public AttemptTimeouts Timeouts { get; }

    /// <summary>Sends one FLORA call (with its retries) and parses the 2xx body, with the response's status and headers.</summary>
    /// <param name="request">The call, as an endpoint describes it.</param>
    /// <param name="typeInfo">The answer's source-generated contract.</param>
    /// <param name="options">The caller's retries, timeout, idempotency key and headers.</param>
    /// <param name="cancellationToken">The caller's token; its cancellation is never retried nor reported as a timeout.</param>
    /// <param name="createdAssetId">For a call that creates an asset: reads the new id, to tag the call's span with.</param>
    public Task<FloraResponse<T>> SendAsync<T>(
        ApiRequest request, JsonTypeInfo<T> typeInfo, RequestOptions? options, CancellationToken cancellationToken, Func<T, string>? createdAssetId = null) =>
        RunAsync<JsonExchange<T>, FloraResponse<T>>(
            _invoker,
            request with { MaxRetries = options?.MaxRetries ?? MaxRetries, Timeout = options?.Timeout ?? Timeout, Peer = Peer.FloraApi },
            new JsonExchange<T>(this, request, typeInfo, options, createdAssetId),
            cancellationToken);

    /// <summary>POSTs <paramref name="parameters"/> as JSON through its source-generated contract (unset fields left out) and parses the answer.</summary>
    public Task<FloraResponse<TResponse>> PostJsonAsync<TParams, TResponse>(
        string operation, string path, TParams parameters, JsonTypeInfo<TParams> body, JsonTypeInfo<TResponse> answer, RequestOptions? options,
        CancellationToken cancellationToken, Func<TResponse, string>? createdAssetId = null) =>
        SendJsonAsync(HttpMethod.Post, operation, path, parameters, body, answer, options, cancellationToken, createdAssetId);

    /// <summary>Sends <paramref name="parameters"/> as JSON with <paramref name="method"/> (POST, PUT, PATCH) through its source-generated contract and parses the answer.</summary>
    public Task<FloraResponse<TResponse>> SendJsonAsync<TParams, TResponse>(
        HttpMethod method, string operation, string path, TParams parameters, JsonTypeInfo<TParams> body, JsonTypeInfo<TResponse> answer, RequestOptions? options,
        CancellationToken cancellationToken, Func<TResponse, string>? createdAssetId = null) =>
        SendAsync(new ApiRequest(method, operation, path, JsonSerializer.SerializeToUtf8Bytes(parameters, body)), answer, options, cancellationToken, createdAssetId);

    /// <summary>Sends one call to the storage host (a byte upload, a download) through <paramref name="invoker"/>, never with FLORA's key.</summary>
    public Task<T> SendToStorageAsync<TExchange, T>(HttpMessageInvoker invoker, ApiRequest request, TExchange exchange, CancellationToken cancellationToken)
        where TExchange : IExchange<T> =>
        RunAsync<TExchange, T>(invoker, request with { Peer = Peer.StorageHost }, exchange, cancellationToken);

    /// <summary>Tags the SDK's current span (the call being read, or between an upload's steps, the upload's); nothing when no one listens.</summary>
    public static void TagCallSpan(string name, object? value)
    {
        if (Activity.Current is { } span && span.Source == FloraDiagnostics.ActivitySource)
        {
            span.SetTag(name, value);
        }
    }

    /// <summary>
    /// The loop: one span and one duration for the call; then attempts, each with its own timeout, until one succeeds or
    /// a failure is final. An error status or a failure without a response becomes its exception (<see cref="FloraErrors"/>);
    /// a retryable one, with retries left, is waited out on the client's clock. One method, so one state machine a call.
    /// </summary>
    private async Task<T> RunAsync<TExchange, T>(HttpMessageInvoker invoker, ApiRequest request, TExchange exchange, CancellationToken cancellationToken)
        where TExchange : IExchange<T>
    {
        using var span = FloraDiagnostics.ActivitySource.StartActivity(request.Operation, ActivityKind.Client);
        span?.SetTag("http.request.method", request.Method.Method);
        span?.SetTag("flora.asset_id", request.AssetId);
        var started = FloraMetrics.CallStarted();
        var attempt = 0;
        try
        {
            while (true)
            {
                attempt++;

                // The clock is read only for the debug lines that print it.
                var attemptStarted = _logger.IsEnabled(LogLevel.Debug) ? Stopwatch.GetTimestamp() : 0;
                try
                {
                    using var timeout = Timeouts.Start(request.Timeout, cancellationToken);
                    using var message = exchange.Build(request, timeout);
                    var sentTo = message.RequestUri;
                    try
                    {
                        using var response = await (invoker is HttpClient http
                            ? http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                            : invoker.SendAsync(message, timeout.Token)).ConfigureAwait(false);
                        if (attemptStarted != 0)
                        {
                            FloraLog.AttemptCompleted(
                                _logger, request.Method.Method, request.LogPath, (int)response.StatusCode, Stopwatch.GetElapsedTime(attemptStarted).TotalMilliseconds,
                                attempt, Redactor.Redact(Core.HeaderValues.RequestId(response.Headers)));
                        }

                        if (FloraErrors.FollowedRedirect(request, sentTo, response) is { } redirected)
                        {
                            throw redirected;
                        }

                        if (!response.IsSuccessStatusCode)
                        {
                            throw await FloraErrors.FromResponseAsync(response, request, attempt, Redactor, TimeProvider.GetUtcNow(), timeout.Token).ConfigureAwait(false);
                        }

                        var value = await exchange.ReadAsync(response, timeout.Token).ConfigureAwait(false);
                        span?.SetTag("http.response.status_code", (int)response.StatusCode);
                        FloraMetrics.CallFinished(request, started, (int)response.StatusCode, failure: null);
                        return value;
                    }
                    catch (Exception ex) when (FloraErrors.FromTransport(ex, request, attempt, sentTo?.Host, exchange.Progress, Redactor, cancellationToken) is { } failure)
                    {
                        if (attemptStarted != 0)
                        {
                            FloraLog.AttemptFailed(
                                _logger, request.Method.Method, request.LogPath, Stopwatch.GetElapsedTime(attemptStarted).TotalMilliseconds, attempt,
                                failure is FloraTimeoutException ? "timeout" : failure.InnerException?.Message ?? failure.Message);
                        }

                        throw failure;
                    }
                }
                catch (FloraException failure) when (attempt <= request.MaxRetries && RetryRules.IsRetryable(failure))
                {
                    var delay = RetryRules.Delay(attempt - 1, failure, RetryRules.NextJitter());
                    FloraMetrics.RetryScheduled(request.Operation, failure);
                    if (_logger.IsEnabled(LogLevel.Warning))
                    {
                        FloraLog.Retrying(_logger, request.Method.Method, request.LogPath, delay.TotalMilliseconds, attempt, RetryRules.Reason(failure));
                    }

#if NET8_0_OR_GREATER
                    await Task.Delay(delay, TimeProvider, cancellationToken).ConfigureAwait(false);
#else
                    await TimeProvider.Delay(delay, cancellationToken).ConfigureAwait(false);
#endif
                }
            }
        }
        catch (Exception ex) when ((span is not null || started != 0) && ex is FloraException or OperationCanceledException)
        {
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            span?.SetTag("error.type", FloraMetrics.ErrorType(ex));
            FloraMetrics.CallFinished(request, started, statusCode: 0, ex);
            throw;
        }
        finally
        {
            span?.SetTag("flora.retry_count", attempt - 1);
        }
    }

    /// <summary>A FLORA JSON call's attempts: the key and standard headers, the caller's, the body; a 2xx read through its contract.</summary>
    private readonly struct JsonExchange<T>(ApiTransport transport, in ApiRequest request, JsonTypeInfo<T> typeInfo, RequestOptions? options, Func<T, string>? createdAssetId)
        : IExchange<FloraResponse<T>>
    {
        // Made once, before the first attempt, so every attempt of this call carries the same key.
        private readonly string? _idempotencyKey = request.TakesIdempotencyKey ? options?.IdempotencyKey ?? Guid.NewGuid().ToString() : null;
        private readonly string _operation = request.Operation;
        private readonly bool _emptyBodyIsEmptyObject = request.EmptyBodyIsEmptyObject;

        public string? Progress => null;

        public HttpRequestMessage Build(in ApiRequest request, AttemptTimeout timeout)
        {
            var message = new HttpRequestMessage(request.Method, string.Concat(transport._baseUrl, request.RelativeUri, request.PathTail));
            var headers = message.Headers;
            headers.TryAddWithoutValidation("Authorization", transport._authorization);
            headers.TryAddWithoutValidation("Accept", "application/json");
            headers.TryAddWithoutValidation("User-Agent", UserAgent.Value);
            if (_idempotencyKey is not null)
            {
                headers.TryAddWithoutValidation("Idempotency-Key", _idempotencyKey);
            }

            if (options is not null)
            {
                foreach (var (name, value) in options.Headers)
                {
                    headers.Remove(name);
                    headers.TryAddWithoutValidation(name, value);
                }
            }

            if (request.Body is { } content)
            {
                message.Content = content(timeout);
            }
            else if (request.JsonBody is { } body)
            {
                message.Content = new ByteArrayContent(body);

                // Unparsed until someone reads ContentType: a new MediaTypeHeaderValue with a charset costs several objects per request.
                message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
            }

            return message;
        }

        public async ValueTask<FloraResponse<T>> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            var value = await JsonBodyReader.ReadAsync(response.Content, typeInfo, _operation, _emptyBodyIsEmptyObject, transport.Redactor, cancellationToken)
                .ConfigureAwait(false);
            if (createdAssetId is not null)
            {
                TagCallSpan("flora.asset_id", createdAssetId(value));
            }

            return new FloraResponse<T>(value, response);
        }
    }
}
