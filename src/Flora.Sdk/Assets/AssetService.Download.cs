using Flora.Sdk.Downloads;
using Flora.Sdk.Models;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Assets;

/// <summary>
/// The download calls: each validates, reads the asset's url, then hands over to Downloads/. A typed call is its raw
/// twin plus <c>.Value</c>; the twin's status and headers are the storage host's final answer.
/// </summary>
internal sealed partial class AssetService
{
    public async Task<Asset> DownloadAsync(
        string assetId, Stream destination, AssetDownloadParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.DownloadAsync(assetId, destination, parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<Asset> DownloadFileAsync(
        string assetId, string path, AssetDownloadParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.DownloadFileAsync(assetId, path, parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    async Task<FloraResponse<Asset>> IAssetServiceWithRawResponse.DownloadAsync(
        string assetId, Stream destination, AssetDownloadParams? parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.DownloadDestination(destination, nameof(destination));
        var asset = await DownloadableAsync(assetId, options, cancellationToken).ConfigureAwait(false);
        var answered = await FetchAsync(asset.Value, destination, new DownloadResume(), parameters, options, cancellationToken).ConfigureAwait(false);
        return Downloaded(asset, answered);
    }

    async Task<FloraResponse<Asset>> IAssetServiceWithRawResponse.DownloadFileAsync(
        string assetId, string path, AssetDownloadParams? parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.DownloadPath(path, nameof(path));
        var asset = await DownloadableAsync(assetId, options, cancellationToken).ConfigureAwait(false);

        var destination = Path.GetFullPath(path);
        var answered = await Downloader.DownloadFileAsync(
            AssetDownloader.UrlOf(asset.Value), assetId, asset.Value.SizeBytes, destination, _ => destination, parameters?.Progress,
            options?.MaxRetries ?? _endpoints.Api.MaxRetries, options?.Timeout ?? _endpoints.Api.Timeout, cancellationToken).ConfigureAwait(false);
        return Downloaded(asset, answered);
    }

    public async Task<Stream> OpenReadAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.OpenReadAsync(assetId, options, cancellationToken).ConfigureAwait(false)).Value;

    async Task<FloraResponse<Stream>> IAssetServiceWithRawResponse.OpenReadAsync(string assetId, RequestOptions? options, CancellationToken cancellationToken)
    {
        var asset = await DownloadableAsync(assetId, options, cancellationToken).ConfigureAwait(false);
        return await Downloader.OpenAsync(
            asset.Value, options?.MaxRetries ?? _endpoints.Api.MaxRetries, options?.Timeout ?? _endpoints.Api.Timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The asset to download, after the id and options were checked; refused (nothing fetched) when it has no usable url.</summary>
    private async Task<FloraResponse<AssetRetrieveResponse>> DownloadableAsync(string assetId, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.AssetId(assetId, nameof(assetId));
        InputValidation.RequestOptions(options, nameof(options));
        var asset = await _endpoints.RetrieveAsync(assetId, options, cancellationToken).ConfigureAwait(false);
        AssetDownloader.UrlOf(asset.Value);
        return asset;
    }

    /// <summary>The asset with the storage host's final answer; with retrieve's when nothing had to be fetched (a partial file that was already whole).</summary>
    private static FloraResponse<Asset> Downloaded(FloraResponse<AssetRetrieveResponse> asset, HttpResponseMessage? answered) =>
        answered is null ? asset.With(asset.Value.ToAsset()) : new FloraResponse<Asset>(asset.Value.ToAsset(), answered);

    private Task<HttpResponseMessage?> FetchAsync(
        AssetRetrieveResponse asset, Stream destination, DownloadResume resume, AssetDownloadParams? parameters, RequestOptions? options, CancellationToken cancellationToken) =>
        Downloader.DownloadAsync(
            asset, destination, resume, parameters?.Progress, options?.MaxRetries ?? _endpoints.Api.MaxRetries, options?.Timeout ?? _endpoints.Api.Timeout, cancellationToken);
}
