using Flora.Sdk.Downloads;
using Flora.Sdk.Endpoints;
using Flora.Sdk.Models;
using Flora.Sdk.Paging;
using Flora.Sdk.Transport;
using Flora.Sdk.Uploads;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Assets;

/// <summary>
/// The public asset calls: each validates its input, then runs its raw call on <see cref="AssetEndpoints"/>; a typed
/// call is its raw twin plus <c>.Value</c>, so the two cannot behave differently.
/// </summary>
internal sealed partial class AssetService : IAssetService, IAssetServiceWithRawResponse, ILostCreateFinder
{
    private readonly AssetEndpoints _endpoints;
    private readonly Func<HttpMessageInvoker> _storage;

    // Made on first use: a client that only reads assets never builds the upload paths, the downloader or the storage transport.
    private UploadRouter? _uploadRouter;
    private AssetDownloader? _downloader;

    /// <param name="api">The send loop.</param>
    /// <param name="storage">The storage transport, asked for (and so made) only when bytes go up or down.</param>
    public AssetService(ApiTransport api, Func<HttpMessageInvoker> storage)
    {
        _endpoints = new AssetEndpoints(api);
        _storage = storage;
    }

    private UploadRouter Router => _uploadRouter ??= new UploadRouter(_endpoints, _storage());

    private AssetDownloader Downloader => _downloader ??= new AssetDownloader(_endpoints.Api, _storage());

    public IAssetServiceWithRawResponse WithRawResponse => this;

    LostCreateRecovery ILostCreateFinder.LostCreates => Router.Recovery;

    public async Task<AssetCreateResponse> CreateAsync(AssetCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.CreateAsync(parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<AssetCompleteResponse> CompleteAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.CompleteAsync(assetId, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<AssetRetryResponse> RetryAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.RetryAsync(assetId, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<AssetRetrieveResponse> RetrieveAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.RetrieveAsync(assetId, options, cancellationToken).ConfigureAwait(false)).Value;

    public AsyncPageable<AssetListResponse> ListAsync(AssetListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Validate now, not at the first MoveNextAsync: a bad filter is the caller's bug and should fail where it was written.
        InputValidation.ListParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return new CursorPageable<AssetListResponse>(
            async (cursor, token) => (await _endpoints.ListPageAsync(parameters, cursor, options, token).ConfigureAwait(false)).Value,
            parameters?.Cursor,
            _endpoints.Api.MaxPages,
            cancellationToken);
    }

    public async Task<Asset> WaitForReadyAsync(string assetId, TimeSpan? timeout = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputValidation.AssetId(assetId, nameof(assetId));
        InputValidation.Timeout(timeout, nameof(timeout));
        return await WaitForReadyAsync(assetId, new AssetWaitOptions { Timeout = timeout }, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Asset> WaitForReadyAsync(string assetId, AssetWaitOptions wait, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputValidation.AssetId(assetId, nameof(assetId));
        InputValidation.WaitOptions(wait, nameof(wait));
        InputValidation.RequestOptions(options, nameof(options));
        return await Router.Waiter.WaitAsync(assetId, wait.Timeout, wait.PollInterval, options, cancellationToken).ConfigureAwait(false);
    }

    // The raw calls are async, like every method here, so that invalid arguments come back as a faulted task, not a synchronous throw.
    async Task<FloraResponse<AssetCreateResponse>> IAssetServiceWithRawResponse.CreateAsync(AssetCreateParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.CreateParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await _endpoints.CreateAsync(parameters, options, cancellationToken).ConfigureAwait(false);
    }

    Task<FloraResponse<AssetCompleteResponse>> IAssetServiceWithRawResponse.CompleteAsync(string assetId, RequestOptions? options, CancellationToken cancellationToken) =>
        Refused<AssetCompleteResponse>(assetId, options) ?? _endpoints.CompleteAsync(assetId, options, duplicateMayBeFirstAttempt: false, cancellationToken);

    Task<FloraResponse<AssetRetryResponse>> IAssetServiceWithRawResponse.RetryAsync(string assetId, RequestOptions? options, CancellationToken cancellationToken) =>
        Refused<AssetRetryResponse>(assetId, options) ?? _endpoints.RetryAsync(assetId, options, cancellationToken);

    Task<FloraResponse<AssetRetrieveResponse>> IAssetServiceWithRawResponse.RetrieveAsync(string assetId, RequestOptions? options, CancellationToken cancellationToken) =>
        Refused<AssetRetrieveResponse>(assetId, options) ?? _endpoints.RetrieveAsync(assetId, options, cancellationToken);

    async Task<FloraResponse<Page<AssetListResponse>>> IAssetServiceWithRawResponse.ListPageAsync(AssetListParams? parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.ListParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await _endpoints.ListPageAsync(parameters, parameters?.Cursor, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A faulted task when the id or options break a rule (nothing is sent), else null. Not an async method: the calls
    /// that address one asset are the hot ones, and a state machine per call shows in RetrieveCostBenchmarks' allocations.
    /// </summary>
    private static Task<FloraResponse<T>>? Refused<T>(string assetId, RequestOptions? options)
    {
        try
        {
            InputValidation.AssetId(assetId, nameof(assetId));
            InputValidation.RequestOptions(options, nameof(options));
            return null;
        }
        catch (ArgumentException invalid)
        {
            return Task.FromException<FloraResponse<T>>(invalid);
        }
    }
}
