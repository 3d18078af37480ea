using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Endpoints;

/// <summary>
/// FLORA's asset endpoints as raw calls (the parsed body with status and headers), for arguments already validated.
/// The public <c>AssetService</c> and the upload paths both stand on this layer; neither calls the other.
/// </summary>
internal sealed class AssetEndpoints(ApiTransport api)
{
    public ApiTransport Api => api;

    public Task<FloraResponse<AssetCreateResponse>> CreateAsync(AssetCreateParams parameters, RequestOptions? options, CancellationToken cancellationToken) =>
        api.PostJsonAsync(
            "assets.create", "assets", parameters, FloraJsonContext.Default.AssetCreateParams, FloraJsonContext.Default.AssetCreateResponse, options, cancellationToken,
            static created => created.AssetId);

    /// <summary>
    /// Completes an upload. A refused duplicate (<c>idempotency_duplicate</c>) on a retry of this call means an earlier
    /// attempt was processed and its answer lost; completing is idempotent, so the asset's state is the answer, unless it
    /// still waits for its bytes (then the duplicate stands). With <paramref name="duplicateMayBeFirstAttempt"/>, for
    /// callers whose key can repeat across calls (an upload rerun with the caller's key), a first attempt recovers too.
    /// </summary>
    public async Task<FloraResponse<AssetCompleteResponse>> CompleteAsync(
        string assetId, RequestOptions? options, bool duplicateMayBeFirstAttempt, CancellationToken cancellationToken)
    {
        try
        {
            return await api.SendAsync(ForAsset(HttpMethod.Post, "assets.complete", assetId, "/complete"), FloraJsonContext.Default.AssetCompleteResponse, options, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (FloraConflictException duplicate) when (duplicate.ErrorCode == "idempotency_duplicate" && (duplicate.Attempt > 1 || duplicateMayBeFirstAttempt))
        {
            var current = await RetrieveAsync(assetId, options, cancellationToken).ConfigureAwait(false);
            var asset = current.Value;
            if (asset.Status == AssetStatus.PendingUpload)
            {
                throw;
            }

            return current.With(new AssetCompleteResponse(asset));
        }
    }

    public Task<FloraResponse<AssetRetryResponse>> RetryAsync(string assetId, RequestOptions? options, CancellationToken cancellationToken) =>
        api.SendAsync(ForAsset(HttpMethod.Post, "assets.retry", assetId, "/retry"), FloraJsonContext.Default.AssetRetryResponse, options, cancellationToken);

    public Task<FloraResponse<AssetRetrieveResponse>> RetrieveAsync(string assetId, RequestOptions? options, CancellationToken cancellationToken) =>
        api.SendAsync(ForAsset(HttpMethod.Get, "assets.retrieve", assetId, string.Empty), FloraJsonContext.Default.AssetRetrieveResponse, options, cancellationToken);

    public async Task<FloraResponse<Page<AssetListResponse>>> ListPageAsync(AssetListParams? parameters, string? cursor, RequestOptions? options, CancellationToken cancellationToken)
    {
        var response = await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "assets.list", AssetListQuery.Uri(parameters, cursor)), FloraJsonContext.Default.AssetListPage, options, cancellationToken)
            .ConfigureAwait(false);
        var wire = response.Value;
        return Page<AssetListResponse>.Answered(response, wire.Assets, wire.Meta?.NextCursor, wire.Meta?.TotalEstimate);
    }

    private static ApiRequest ForAsset(HttpMethod method, string operation, string assetId, string suffix) =>
        new(method, operation, "assets/", AssetId: assetId) { PathTail = Uri.EscapeDataString(assetId) + suffix };
}
