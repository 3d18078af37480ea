using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Flora.Sdk.Models;
using Flora.Sdk.Paging;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Uploads;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Assets;

/// <summary>The asset endpoints: each validates its input, then describes its call to the API transport.</summary>
internal sealed partial class AssetService : IAssetService, IAssetServiceWithRawResponse
{
    private readonly ApiTransport _api;
    private readonly ReadyWaiter _waiter;
    private readonly DirectUpload _direct;
    private readonly UploadRouter _uploads;
    private readonly UrlUpload _urlUploads;

    public AssetService(ApiTransport api, HttpMessageInvoker uploadInvoker)
    {
        _api = api;
        _waiter = new ReadyWaiter(this, api.TimeProvider);
        var recovery = new LostCreateRecovery(this, api.TimeProvider);
        _direct = new DirectUpload(api, recovery);
        _uploads = new UploadRouter(new UploadSaga(this, api, uploadInvoker, _waiter, recovery), _direct, _waiter);
        _urlUploads = new UrlUpload(this, _waiter, recovery, api.TimeProvider);
        _downloads = new Downloads.AssetDownloader(api.Core, uploadInvoker);
    }

    public IAssetServiceWithRawResponse WithRawResponse => this;

    public async Task<AssetCreateResponse> CreateAsync(AssetCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await ((IAssetServiceWithRawResponse)this).CreateAsync(parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    // Async, like every method here, so that invalid arguments come back as a faulted task, not a synchronous throw.
    public async Task<AssetCompleteResponse> CompleteAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputValidation.AssetId(assetId, nameof(assetId));
        InputValidation.RequestOptions(options, nameof(options));
        return await CompleteAsync(assetId, options, duplicateMayBeFirstAttempt: false, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AssetRetryResponse> RetryAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await ((IAssetServiceWithRawResponse)this).RetryAsync(assetId, options, cancellationToken).ConfigureAwait(false)).Value;

    // The hot read path: no raw-response wrapper. Invalid arguments still come back as a faulted task, not a synchronous throw.
    public Task<AssetRetrieveResponse> RetrieveAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ApiRequest request;
        try
        {
            request = ForAsset(HttpMethod.Get, "assets.retrieve", assetId, string.Empty, options);
        }
        catch (ArgumentException ex)
        {
            return Task.FromException<AssetRetrieveResponse>(ex);
        }

        return _api.SendForValueAsync(request, FloraJsonContext.Default.AssetRetrieveResponse, options, cancellationToken);
    }

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

    public async Task<AssetRetrieveResponse> WaitForReadyAsync(string assetId, TimeSpan? timeout = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputValidation.AssetId(assetId, nameof(assetId));
        InputValidation.Timeout(timeout, nameof(timeout));
        InputValidation.RequestOptions(options, nameof(options));
        return await _waiter.WaitAsync(assetId, timeout, options, cancellationToken).ConfigureAwait(false);
    }

    Task<FloraResponse<AssetCreateResponse>> IAssetServiceWithRawResponse.CreateAsync(AssetCreateParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.CreateParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return SendCreateRawAsync(parameters, options, cancellationToken);
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

    /// <summary>Creates from parameters the caller (or the upload saga) already validated.</summary>
    internal async Task<AssetCreateResponse> SendCreateAsync(AssetCreateParams parameters, RequestOptions? options, CancellationToken cancellationToken) =>
        (await SendCreateRawAsync(parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>
    /// Completes an asset whose id was validated. A refused duplicate (<c>idempotency_duplicate</c>) on a retry of this
    /// call means an earlier attempt was processed and its answer lost; completing is idempotent, so the asset's state is
    /// the answer, unless it still waits for its bytes (then the duplicate stands as the error). With
    /// <c>duplicateMayBeFirstAttempt</c>, for callers whose key can repeat across calls, a first attempt recovers too.
    /// </summary>
    internal async Task<AssetCompleteResponse> CompleteAsync(string assetId, RequestOptions? options, bool duplicateMayBeFirstAttempt, CancellationToken cancellationToken)
    {
        try
        {
            return (await SendForAssetAsync(HttpMethod.Post, "assets.complete", assetId, "/complete", FloraJsonContext.Default.AssetCompleteResponse, options, cancellationToken)
                .ConfigureAwait(false)).Value;
        }
        catch (FloraConflictException duplicate) when (duplicate.ErrorCode == "idempotency_duplicate" && (duplicate.Attempt > 1 || duplicateMayBeFirstAttempt))
        {
            var current = await RetrieveAsync(assetId, options, cancellationToken).ConfigureAwait(false);
            if (current.Status == AssetStatus.PendingUpload)
            {
                throw;
            }

            return AsCompleteResponse(current);
        }
    }

    /// <summary>A create's answer in the shape every upload call returns.</summary>
    internal static AssetCompleteResponse AsCompleteResponse(AssetCreateResponse created) => new()
    {
        AssetId = created.AssetId,
        Status = created.Status,
        Url = created.Url,
        Visibility = created.Visibility,
        WorkspaceId = created.WorkspaceId,
        FailureMessage = created.FailureMessage,
    };

    internal static AssetCompleteResponse AsCompleteResponse(AssetRetrieveResponse asset) => new()
    {
        AssetId = asset.AssetId,
        Status = asset.Status,
        Url = asset.Url,
        WorkspaceId = asset.WorkspaceId,
        FailureMessage = asset.FailureMessage,
    };

    private Task<FloraResponse<AssetCreateResponse>> SendCreateRawAsync(AssetCreateParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(parameters, FloraJsonContext.Default.AssetCreateParams);
        return _api.SendAsync(
            new ApiRequest(HttpMethod.Post, "assets.create", "assets", body), FloraJsonContext.Default.AssetCreateResponse, options,
            static created => created.AssetId, cancellationToken);
    }

    private Task<FloraResponse<T>> SendForAssetAsync<T>(
        HttpMethod method, string operation, string assetId, string suffix, JsonTypeInfo<T> typeInfo, RequestOptions? options, CancellationToken cancellationToken) =>
        _api.SendAsync(ForAsset(method, operation, assetId, suffix, options), typeInfo, options, cancellationToken);

    /// <summary>Validates the id and options (throwing before anything is sent) and describes the call.</summary>
    private static ApiRequest ForAsset(HttpMethod method, string operation, string assetId, string suffix, RequestOptions? options)
    {
        InputValidation.AssetId(assetId, nameof(assetId));
        InputValidation.RequestOptions(options, nameof(options));
        return new ApiRequest(method, operation, "assets/" + Uri.EscapeDataString(assetId) + suffix, AssetId: assetId);
    }

    private async Task<FloraResponse<Page<AssetListResponse>>> FetchPageAsync(
        AssetListParams? parameters, string? cursor, RequestOptions? options, CancellationToken cancellationToken)
    {
        var response = await _api.SendAsync(
            new ApiRequest(HttpMethod.Get, "assets.list", AssetListQuery.Uri(parameters, cursor)),
            FloraJsonContext.Default.AssetListPage, options, cancellationToken).ConfigureAwait(false);
        var wire = response.Value;
        var page = new Page<AssetListResponse>(wire.Assets ?? [], wire.Meta?.NextCursor, wire.Meta?.TotalEstimate);
        return new FloraResponse<Page<AssetListResponse>>(page, response.StatusCode, response.Headers);
    }
}
