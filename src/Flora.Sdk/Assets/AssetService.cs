using System.Text;
using System.Text.Json;
using Flora.Sdk.Http;
using Flora.Sdk.Models;
using Flora.Sdk.Paging;
using Flora.Sdk.Serialization;
using Flora.Sdk.Validation;

namespace Flora.Sdk;

/// <summary>The asset endpoints over the client's send loop.</summary>
internal sealed partial class AssetService : IAssetService, IAssetServiceWithRawResponse
{
    private readonly FloraHttpPipeline _pipeline;

    public AssetService(FloraHttpPipeline pipeline) => _pipeline = pipeline;

    public IAssetServiceWithRawResponse WithRawResponse => this;

    public async Task<AssetCreateResponse> CreateAsync(AssetCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await ((IAssetServiceWithRawResponse)this).CreateAsync(parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<AssetCompleteResponse> CompleteAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return (await ((IAssetServiceWithRawResponse)this).CompleteAsync(assetId, options, cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (FloraConflictException duplicate) when (duplicate.ErrorCode == "idempotency_duplicate" && duplicate.Attempt > 1)
        {
            // A retry of this very call: its earlier attempt was processed but the response was lost (a dropped
            // connection or a timeout). Completing is idempotent, so answer with the asset's state instead of failing.
            if (await CompletedStateAsync(assetId, options, cancellationToken).ConfigureAwait(false) is { } completed)
            {
                return completed;
            }

            throw;
        }
    }

    /// <summary>
    /// The asset's state as a complete response, once a refused duplicate complete is known to have been processed;
    /// <see langword="null"/> while the asset still waits for its bytes (the duplicate then stands as the error).
    /// </summary>
    private async Task<AssetCompleteResponse?> CompletedStateAsync(string assetId, RequestOptions? options, CancellationToken cancellationToken)
    {
        var current = await RetrieveAsync(assetId, options, cancellationToken).ConfigureAwait(false);
        return current.Status == AssetStatus.PendingUpload ? null : AsCompleteResponse(current);
    }

    public async Task<AssetRetryResponse> RetryAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await ((IAssetServiceWithRawResponse)this).RetryAsync(assetId, options, cancellationToken).ConfigureAwait(false)).Value;

    // Skips the raw-response wrapper's extra await (the hot read path); invalid arguments still come back as a faulted
    // task, not a synchronous throw, as they did when this method was async.
    public Task<AssetRetrieveResponse> RetrieveAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        SendValueForAssetAsync(HttpMethod.Get, "assets.retrieve", assetId, string.Empty, FloraJsonContext.Default.AssetRetrieveResponse, options, cancellationToken);

    public AsyncPageable<AssetListResponse> ListAsync(AssetListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Validate now, not at the first MoveNextAsync: a bad filter is the caller's bug and should fail where it was written.
        InputValidation.ListParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return new CursorPageable<AssetListResponse>(
            async (cursor, token) => (await FetchPageAsync(parameters, cursor, options, token).ConfigureAwait(false)).Value,
            parameters?.Cursor,
            cancellationToken);
    }

    Task<FloraResponse<AssetCreateResponse>> IAssetServiceWithRawResponse.CreateAsync(AssetCreateParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.CreateParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        var body = JsonSerializer.SerializeToUtf8Bytes(parameters, FloraJsonContext.Default.AssetCreateParams);
        return _pipeline.SendAsync(
            new FloraRequest(HttpMethod.Post, "assets.create", "assets", body),
            FloraJsonContext.Default.AssetCreateResponse, options, cancellationToken);
    }

    Task<FloraResponse<AssetCompleteResponse>> IAssetServiceWithRawResponse.CompleteAsync(string assetId, RequestOptions? options, CancellationToken cancellationToken) =>
        SendForAssetAsync(HttpMethod.Post, "assets.complete", assetId, "/complete", FloraJsonContext.Default.AssetCompleteResponse, options, cancellationToken);

    Task<FloraResponse<AssetRetryResponse>> IAssetServiceWithRawResponse.RetryAsync(string assetId, RequestOptions? options, CancellationToken cancellationToken) =>
        SendForAssetAsync(HttpMethod.Post, "assets.retry", assetId, "/retry", FloraJsonContext.Default.AssetRetryResponse, options, cancellationToken);

    Task<FloraResponse<AssetRetrieveResponse>> IAssetServiceWithRawResponse.RetrieveAsync(string assetId, RequestOptions? options, CancellationToken cancellationToken) =>
        SendForAssetAsync(HttpMethod.Get, "assets.retrieve", assetId, string.Empty, FloraJsonContext.Default.AssetRetrieveResponse, options, cancellationToken);

    Task<FloraResponse<Page<AssetListResponse>>> IAssetServiceWithRawResponse.ListPageAsync(AssetListParams? parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.ListParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return FetchPageAsync(parameters, parameters?.Cursor, options, cancellationToken);
    }

    private Task<FloraResponse<T>> SendForAssetAsync<T>(
        HttpMethod method, string operation, string assetId, string suffix,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, RequestOptions? options, CancellationToken cancellationToken) =>
        _pipeline.SendAsync(ForAsset(method, operation, assetId, suffix, options), typeInfo, options, cancellationToken);

    private Task<T> SendValueForAssetAsync<T>(
        HttpMethod method, string operation, string assetId, string suffix,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, RequestOptions? options, CancellationToken cancellationToken)
    {
        FloraRequest request;
        try
        {
            request = ForAsset(method, operation, assetId, suffix, options);
        }
        catch (Exception ex)
        {
            return Task.FromException<T>(ex);
        }

        return _pipeline.SendForValueAsync(request, typeInfo, options, cancellationToken);
    }

    /// <summary>Validates the id and options (throwing before anything is sent) and describes the call.</summary>
    private static FloraRequest ForAsset(HttpMethod method, string operation, string assetId, string suffix, RequestOptions? options)
    {
        InputValidation.AssetId(assetId, nameof(assetId));
        InputValidation.RequestOptions(options, nameof(options));
        return new FloraRequest(method, operation, "assets/" + Uri.EscapeDataString(assetId) + suffix, AssetId: assetId);
    }

    private async Task<FloraResponse<Page<AssetListResponse>>> FetchPageAsync(
        AssetListParams? parameters, string? cursor, RequestOptions? options, CancellationToken cancellationToken)
    {
        var response = await _pipeline.SendAsync(
            new FloraRequest(HttpMethod.Get, "assets.list", ListUri(parameters, cursor)),
            FloraJsonContext.Default.AssetListPage, options, cancellationToken).ConfigureAwait(false);
        var wire = response.Value;
        var page = new Page<AssetListResponse>(wire.Assets ?? [], wire.Meta?.NextCursor, wire.Meta?.TotalEstimate);
        return new FloraResponse<Page<AssetListResponse>>(page, response.StatusCode, response.Headers);
    }

    internal static string ListUri(AssetListParams? parameters, string? cursor)
    {
        if (parameters is null && cursor is null)
        {
            return "assets";
        }

        var query = new StringBuilder("assets");
        var separator = '?';
        void Add(string name, string? value)
        {
            if (value is null)
            {
                return;
            }

            query.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        Add("workspace_id", parameters?.WorkspaceId);
        Add("project_id", parameters?.ProjectId);
        Add("query", parameters?.Query);
        Add("limit", parameters?.Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("cursor", cursor);
        return query.ToString();
    }
}
