using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Flora.Sdk.Transport.Responses;

namespace Flora.Sdk.Transport;

/// <summary>
/// The FLORA API over the send core: the base URL, the key and the standard headers, the idempotency key, and reading a
/// 2xx body through a source-generated JSON contract. Services describe a call as an <see cref="ApiRequest"/>.
/// </summary>
internal sealed class ApiTransport
{
    private readonly HttpMessageInvoker _invoker;
    private readonly string _baseUrl;
    private readonly string _authorization;

    public ApiTransport(SendCore core, HttpMessageInvoker invoker, string apiKey, Uri baseUrl, int maxRetries, TimeSpan timeout)
    {
        Core = core;
        _invoker = invoker;
        _authorization = "Bearer " + apiKey;
        var text = baseUrl.AbsoluteUri;
        _baseUrl = text.EndsWith('/') ? text : text + "/";
        MaxRetries = maxRetries;
        Timeout = timeout;
    }

    public SendCore Core { get; }

    public TimeProvider TimeProvider => Core.TimeProvider;

    public Uri BaseUrl => new(_baseUrl);

    /// <summary>The client's retry count, unless a call's <see cref="RequestOptions.MaxRetries"/> says otherwise.</summary>
    public int MaxRetries { get; }

    /// <summary>The most pages one list enumeration fetches (<see cref="FloraClientOptions.MaxPages"/>).</summary>
    public int MaxPages { get; init; } = FloraClientOptions.DefaultMaxPages;

    /// <summary>The client's per-attempt timeout, unless a call's <see cref="RequestOptions.Timeout"/> says otherwise.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Sends one call (with its retries) and parses the 2xx body, with the response's status and headers.</summary>
    public Task<FloraResponse<T>> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, RequestOptions? options, CancellationToken cancellationToken) =>
        SendAsync(request, typeInfo, options, createdAssetId: null, cancellationToken);

    /// <summary>Like <see cref="SendAsync{T}(ApiRequest, JsonTypeInfo{T}, RequestOptions?, CancellationToken)"/>, for a call that creates an asset: its span is tagged with the new id.</summary>
    public Task<FloraResponse<T>> SendAsync<T>(
        ApiRequest request, JsonTypeInfo<T> typeInfo, RequestOptions? options, Func<T, string>? createdAssetId, CancellationToken cancellationToken) =>
        Core.SendAsync(
            _invoker, WithOptions(request, options), new ApiMessages<T>(this, request, typeInfo, options, createdAssetId), static (messages, attempt) => messages.Build(attempt),
            static async (messages, response, token) => new FloraResponse<T>(await messages.ReadAsync(response, token).ConfigureAwait(false), response),
            cancellationToken);

    /// <summary>POSTs <paramref name="parameters"/> as JSON through its source-generated contract (unset fields left out) and parses the answer.</summary>
    public Task<FloraResponse<TResponse>> PostJsonAsync<TParams, TResponse>(
        string operation, string path, TParams parameters, JsonTypeInfo<TParams> body, JsonTypeInfo<TResponse> answer, RequestOptions? options,
        CancellationToken cancellationToken, Func<TResponse, string>? createdAssetId = null) =>
        SendAsync(new ApiRequest(HttpMethod.Post, operation, path, JsonSerializer.SerializeToUtf8Bytes(parameters, body)), answer, options, createdAssetId, cancellationToken);

    /// <summary>Like <c>SendAsync</c>, for callers that want only the parsed body (one task less per call).</summary>
    public Task<T> SendForValueAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, RequestOptions? options, CancellationToken cancellationToken) =>
        Core.SendAsync(
            _invoker, WithOptions(request, options), new ApiMessages<T>(this, request, typeInfo, options, null), static (messages, attempt) => messages.Build(attempt),
            static (messages, response, token) => messages.ReadAsync(response, token), cancellationToken);

    private ApiRequest WithOptions(in ApiRequest request, RequestOptions? options) =>
        request with { MaxRetries = options?.MaxRetries ?? MaxRetries, Timeout = options?.Timeout ?? Timeout, Peer = Peer.FloraApi };

    /// <summary>One call's request messages and how to read its answer; a struct, so it rides in the send core's per-call state without an allocation of its own.</summary>
    private readonly struct ApiMessages<T>(ApiTransport transport, in ApiRequest request, JsonTypeInfo<T> typeInfo, RequestOptions? options, Func<T, string>? createdAssetId)
    {
        // Made once, before the first attempt, so every attempt of this call carries the same key.
        private readonly string? _idempotencyKey = request.IsPost ? options?.IdempotencyKey ?? Guid.NewGuid().ToString() : null;

        // Only what reading needs: the request itself rides in each attempt's context, not in this per-call state.
        private readonly string _operation = request.Operation;
        private readonly bool _emptyBodyIsEmptyObject = request.EmptyBodyIsEmptyObject;

        public HttpRequestMessage Build(AttemptContext attempt)
        {
            var request = attempt.Request;
            var message = new HttpRequestMessage(request.Method, transport._baseUrl + request.RelativeUri);
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
                message.Content = content(attempt);
            }
            else if (request.JsonBody is { } body)
            {
                message.Content = new ByteArrayContent(body);

                // Unparsed until someone reads ContentType: a new MediaTypeHeaderValue with a charset costs several objects per request.
                message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
            }

            return message;
        }

        public async ValueTask<T> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            var value = await JsonBodyReader.ReadAsync(response.Content, typeInfo, _operation, _emptyBodyIsEmptyObject, transport.Core.Redactor, cancellationToken).ConfigureAwait(false);
            if (createdAssetId is not null)
            {
                SendCore.TagCallSpan("flora.asset_id", createdAssetId(value));
            }

            return value;
        }
    }
}
