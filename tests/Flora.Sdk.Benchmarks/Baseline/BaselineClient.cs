using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Flora.Sdk.Benchmarks.Baseline;

/// <summary>
/// The least work any FLORA client can do: one hand-built request with the same headers the SDK sends
/// (Authorization, Accept, User-Agent, Idempotency-Key on create), one source-generated parse, no retries.
/// </summary>
internal sealed class BaselineClient(HttpClient http, string baseUrl, string apiKey)
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };
    private readonly string _baseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
    private readonly string _authorization = "Bearer " + apiKey;

    public const string UserAgent = "Flora.Baseline/1.0 (.NET)";

    public Task<BaselineRetrieveResponse> RetrieveAsync(string assetId, CancellationToken cancellationToken = default) =>
        SendAsync(
            Build(HttpMethod.Get, "assets/" + Uri.EscapeDataString(assetId), idempotencyKey: null),
            BaselineJsonContext.Default.BaselineRetrieveResponse,
            cancellationToken);

    public Task<BaselineRun> RetrieveRunAsync(string runId, CancellationToken cancellationToken = default) =>
        SendAsync(
            Build(HttpMethod.Get, "runs/" + Uri.EscapeDataString(runId), idempotencyKey: null),
            BaselineJsonContext.Default.BaselineRun,
            cancellationToken);

    public Task<BaselineCreateResponse> CreateAsync(BaselineCreateParams body, CancellationToken cancellationToken = default)
    {
        var request = Build(HttpMethod.Post, "assets", Guid.NewGuid().ToString());
        request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, BaselineJsonContext.Default.BaselineCreateParams));
        request.Content.Headers.ContentType = s_json;
        return SendAsync(request, BaselineJsonContext.Default.BaselineCreateResponse, cancellationToken);
    }

    public Task<BaselineListPage> ListPageAsync(string? cursor, int? limit = null, CancellationToken cancellationToken = default)
    {
        var path = (cursor, limit) switch
        {
            (null, null) => "assets",
            (null, { } l) => "assets?limit=" + l,
            ({ } c, null) => "assets?cursor=" + Uri.EscapeDataString(c),
            ({ } c, { } l) => "assets?limit=" + l + "&cursor=" + Uri.EscapeDataString(c),
        };
        return SendAsync(Build(HttpMethod.Get, path, idempotencyKey: null), BaselineJsonContext.Default.BaselineListPage, cancellationToken);
    }

    /// <summary>Every asset of every page, one page in memory at a time.</summary>
    public async IAsyncEnumerable<BaselineListItem> ListAllAsync(
        int? limit = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? cursor = null;
        do
        {
            var page = await ListPageAsync(cursor, limit, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Assets ?? [])
            {
                yield return item;
            }

            cursor = page.Meta?.NextCursor;
        }
        while (!string.IsNullOrEmpty(cursor));
    }

    private HttpRequestMessage Build(HttpMethod method, string relative, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(method, _baseUrl + relative);
        request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return request;
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("The body was JSON null.");
            }
        }
    }
}
