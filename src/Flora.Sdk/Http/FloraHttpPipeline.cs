using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Flora.Sdk.Http;

/// <summary>
/// The send loop every API call goes through: builds each attempt's request, applies the per-attempt timeout, maps
/// failures to the exception ladder and retries through a Polly pipeline. It lives here, not in an HttpClient
/// handler, so it behaves the same over any HttpClient (ours, the caller's, or one from IHttpClientFactory).
/// </summary>
internal sealed class FloraHttpPipeline
{
    private readonly HttpClient _http;
    private readonly string _baseUrl;
    private readonly string _authorization;
    private readonly string _apiKey;
    private readonly int _maxRetries;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _retry;
    private readonly TimeoutSourcePool _timeouts;

    public FloraHttpPipeline(HttpClient http, string apiKey, Uri baseUrl, int maxRetries, TimeSpan timeout, TimeProvider timeProvider, ILogger? logger)
    {
        _http = http;
        _apiKey = apiKey;
        _authorization = "Bearer " + apiKey;
        var text = baseUrl.AbsoluteUri;
        _baseUrl = text.EndsWith('/') ? text : text + "/";
        _maxRetries = maxRetries;
        _timeout = timeout;
        TimeProvider = timeProvider;
        _logger = logger ?? NullLogger.Instance;
        _retry = RetryPolicy.Create(timeProvider, _logger);
        _timeouts = new TimeoutSourcePool(timeProvider);
    }

    public TimeProvider TimeProvider { get; }

    public Uri BaseUrl => new(_baseUrl);

    public HttpClient HttpClient => _http;

    public TimeSpan DefaultTimeout => _timeout;

    public ILogger Logger => _logger;

    /// <summary>Builds the exception for an error response, redacting the key from whatever the server echoed.</summary>
    public Task<FloraApiException> ReadErrorAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken) =>
        ErrorResponseReader.ReadAsync(response, operation, _apiKey, TimeProvider.GetUtcNow(), cancellationToken);

    /// <summary>Maps a failure without a response to the exception ladder (see <see cref="TransportFailure"/>), keeping the key out of it.</summary>
    public FloraConnectionException? MapTransportFailure(
        Exception exception, string operation, int attempt, TimeSpan timeout, string? host, CancellationToken callerToken) =>
        TransportFailure.From(exception, operation, attempt, timeout, host, callerToken, _apiKey);

    /// <summary>
    /// Runs <paramref name="attempt"/> under the same retry rules as API calls (for steps that are not plain API calls,
    /// such as the upload to the signed target). The attempt number starts at 1.
    /// </summary>
    public async Task<TResult> ExecuteWithRetriesAsync<TResult>(
        FloraRequest descriptor, RequestOptions? options, Func<int, CancellationToken, ValueTask<TResult>> attempt, CancellationToken cancellationToken)
    {
        // A span like an API call's, so the upload to the signed target shows under "assets.upload" too.
        using var activity = FloraDiagnostics.ActivitySource.StartActivity(descriptor.Operation, ActivityKind.Client);
        activity?.SetTag("http.request.method", descriptor.Method.Method);
        activity?.SetTag("flora.asset_id", descriptor.AssetId);
        var context = ResilienceContextPool.Shared.Get(descriptor.Operation, cancellationToken);
        context.Properties.Set(RetryPolicy.MaxRetriesKey, options?.MaxRetries ?? _maxRetries);
        context.Properties.Set(RetryPolicy.RequestKey, descriptor);
        var number = 0;
        try
        {
            return await _retry.ExecuteAsync(
                (ctx, _) => attempt(++number, ctx.CancellationToken), context, 0).ConfigureAwait(false);
        }
        catch (Exception ex) when (activity is not null && ex is FloraException or OperationCanceledException)
        {
            activity.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            activity.SetTag("error.type", ex is FloraApiException api ? ((int)api.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : ex.GetType().Name);
            throw;
        }
        finally
        {
            activity?.SetTag("flora.retry_count", Math.Max(0, number - 1));
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>Sends one logical call (with its retries) and parses the 2xx body.</summary>
    public Task<FloraResponse<T>> SendAsync<T>(
        FloraRequest request, JsonTypeInfo<T> typeInfo, RequestOptions? options, CancellationToken cancellationToken) =>
        SendCoreAsync(request, typeInfo, options, static (call, value) => new FloraResponse<T>(value, call.StatusCode, call.Headers!), cancellationToken);

    /// <summary>Like <see cref="SendAsync{T}"/>, for callers that want only the parsed body (one task less per call).</summary>
    public Task<T> SendForValueAsync<T>(
        FloraRequest request, JsonTypeInfo<T> typeInfo, RequestOptions? options, CancellationToken cancellationToken) =>
        SendCoreAsync(request, typeInfo, options, static (_, value) => value, cancellationToken);

    private async Task<TResult> SendCoreAsync<T, TResult>(
        FloraRequest request, JsonTypeInfo<T> typeInfo, RequestOptions? options, Func<Call<T>, T, TResult> shape, CancellationToken cancellationToken)
    {
        using var activity = FloraDiagnostics.ActivitySource.StartActivity(request.Operation, ActivityKind.Client);
        activity?.SetTag("http.request.method", request.Method.Method);
        activity?.SetTag("flora.asset_id", request.AssetId);

        var call = new Call<T>(this, request, typeInfo, options, cancellationToken);
        try
        {
            // Fast path: the first attempt runs outside the retry pipeline, so a call that succeeds at once costs no
            // resilience context. A failure is handed to the pipeline as the outcome of its first attempt, so the retry
            // decision, delay and logging are exactly those of a call that ran in the pipeline from the start.
            T value = default!;
            var succeeded = false;
            if (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    value = await call.AttemptAsync().ConfigureAwait(false);
                    succeeded = true;
                }
                catch (Exception ex)
                {
                    call.ReplayAsFirstAttempt(ex);
                }
            }

            if (!succeeded)
            {
                value = await RetryAsync(call, request, options, cancellationToken).ConfigureAwait(false);
            }

            activity?.SetTag("http.response.status_code", (int)call.StatusCode);
            if (value is Models.AssetUploadState state && request.AssetId is null)
            {
                activity?.SetTag("flora.asset_id", state.AssetId);
            }

            return shape(call, value);
        }
        catch (Exception ex) when (activity is not null && ex is FloraException or OperationCanceledException)
        {
            activity.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            activity.SetTag("error.type", ex is FloraApiException api ? ((int)api.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : ex.GetType().Name);
            throw;
        }
        finally
        {
            activity?.SetTag("flora.retry_count", Math.Max(0, call.Attempts - 1));
        }
    }

    private async Task<T> RetryAsync<T>(Call<T> call, FloraRequest request, RequestOptions? options, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(request.Operation, cancellationToken);
        context.Properties.Set(RetryPolicy.MaxRetriesKey, options?.MaxRetries ?? _maxRetries);
        context.Properties.Set(RetryPolicy.RequestKey, request);
        try
        {
            return await _retry.ExecuteAsync(static (ctx, c) => c.NextAttemptAsync(), context, call).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private HttpRequestMessage BuildRequest(FloraRequest request, string? idempotencyKey, RequestOptions? options)
    {
        var message = new HttpRequestMessage(request.Method, _baseUrl + request.RelativeUri);
        var headers = message.Headers;
        headers.TryAddWithoutValidation("Authorization", _authorization);
        headers.TryAddWithoutValidation("Accept", "application/json");
        headers.TryAddWithoutValidation("User-Agent", UserAgent.Value);
        if (idempotencyKey is not null)
        {
            headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        if (options is not null)
        {
            foreach (var (name, value) in options.Headers)
            {
                headers.Remove(name);
                headers.TryAddWithoutValidation(name, value);
            }
        }

        if (request.JsonBody is { } body)
        {
            message.Content = new ByteArrayContent(body);

            // Unparsed until someone reads ContentType: a new MediaTypeHeaderValue with a charset costs several objects per request.
            message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        }

        return message;
    }

    /// <summary>The state of one logical call across its attempts; one allocation per call, no closures.</summary>
    private sealed class Call<T>(
        FloraHttpPipeline pipeline, FloraRequest request, JsonTypeInfo<T> typeInfo, RequestOptions? options, CancellationToken callerToken)
    {
        // Made once, before the first attempt, so every attempt of this call carries the same key.
        private readonly string? _idempotencyKey = request.IsPost ? options?.IdempotencyKey ?? Guid.NewGuid().ToString() : null;
        private readonly TimeSpan _timeout = options?.Timeout ?? pipeline._timeout;

        // The first attempt's failure, when that attempt ran before the retry pipeline (see SendCoreAsync).
        private Exception? _replay;

        public int Attempts { get; private set; }

        /// <summary>The status of the attempt that succeeded.</summary>
        public System.Net.HttpStatusCode StatusCode { get; private set; }

        /// <summary>The headers of the attempt that succeeded.</summary>
        public HttpResponseHeaders? Headers { get; private set; }

        public void ReplayAsFirstAttempt(Exception failure) => _replay = failure;

        /// <summary>The retry pipeline's attempts: the replayed first failure, if any, then real attempts.</summary>
        public ValueTask<T> NextAttemptAsync()
        {
            if (_replay is { } failure)
            {
                _replay = null;
                return new ValueTask<T>(Task.FromException<T>(failure));
            }

            return AttemptAsync();
        }

        public async ValueTask<T> AttemptAsync()
        {
            Attempts++;
            var started = Stopwatch.GetTimestamp();
            using var timeout = pipeline._timeouts.Rent(_timeout, started);
            var timeoutSource = timeout.Source;
            using var linked = timeoutSource is not null && callerToken.CanBeCanceled
                ? CancellationTokenSource.CreateLinkedTokenSource(callerToken, timeoutSource.Token)
                : null;
            var token = linked?.Token ?? timeoutSource?.Token ?? callerToken;

            using var message = pipeline.BuildRequest(request, _idempotencyKey, options);
            try
            {
                using var response = await pipeline._http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                if (pipeline._logger.IsEnabled(LogLevel.Debug))
                {
                    FloraLog.AttemptCompleted(
                        pipeline._logger, request.Method.Method, PathOf(request), (int)response.StatusCode,
                        Stopwatch.GetElapsedTime(started).TotalMilliseconds, Attempts, ErrorResponseReader.Redact(ResponseHeaders.RequestId(response.Headers), pipeline._apiKey));
                }

                if (!response.IsSuccessStatusCode)
                {
                    var error = await ErrorResponseReader.ReadAsync(
                        response, request.Operation, pipeline._apiKey, pipeline.TimeProvider.GetUtcNow(), token).ConfigureAwait(false);
                    error.Attempt = Attempts;
                    throw error;
                }

                var value = await JsonBodyReader.ReadAsync(
                    response.Content, typeInfo, request.Operation, emptyIsDefault: typeof(T) == typeof(Models.ProjectAssetAttachResponse), pipeline._apiKey, token).ConfigureAwait(false);
                StatusCode = response.StatusCode;
                Headers = response.Headers;
                return value;
            }
            catch (Exception ex) when (pipeline.MapTransportFailure(ex, request.Operation, Attempts, _timeout, message.RequestUri?.Host, callerToken) is { } failure)
            {
                if (pipeline._logger.IsEnabled(LogLevel.Debug))
                {
                    FloraLog.AttemptFailed(
                        pipeline._logger, request.Method.Method, PathOf(request), Stopwatch.GetElapsedTime(started).TotalMilliseconds, Attempts,
                        failure is FloraTimeoutException ? "timeout" : failure.InnerException?.Message ?? failure.Message);
                }

                throw failure;
            }
        }
    }

    internal static string PathOf(FloraRequest request)
    {
        var query = request.RelativeUri.IndexOf('?', StringComparison.Ordinal);
        return "/" + (query < 0 ? request.RelativeUri : request.RelativeUri[..query]);
    }
}
