using Flora.Sdk.Downloads;
using Flora.Sdk.Models;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Assets;

/// <summary>The download calls: each validates, reads the asset's url, then hands over to Downloads/.</summary>
internal sealed partial class AssetService
{
    private readonly AssetDownloader _downloads;

    public async Task<Asset> DownloadAsync(
        string assetId, Stream destination, AssetDownloadParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputValidation.DownloadDestination(destination, nameof(destination));
        var asset = await DownloadableAsync(assetId, options, cancellationToken).ConfigureAwait(false);
        await FetchAsync(asset, destination, new DownloadResume(), parameters, options, cancellationToken).ConfigureAwait(false);
        return asset.ToAsset();
    }

    public async Task<Asset> DownloadFileAsync(
        string assetId, string path, AssetDownloadParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputValidation.DownloadPath(path, nameof(path));
        var asset = await DownloadableAsync(assetId, options, cancellationToken).ConfigureAwait(false);

        var destination = Path.GetFullPath(path);
        var partial = PartialFile.Open(destination, assetId, asset.SizeBytes);
        var keep = true;
        try
        {
            await using (partial.Stream.ConfigureAwait(false))
            {
                await FetchAsync(asset, partial.Stream, partial.Resume, parameters, options, cancellationToken).ConfigureAwait(false);
                await partial.Stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            partial.Promote(destination);
            keep = false;
            return asset.ToAsset();
        }
        catch (FloraException ex) when (ex is not FloraConnectionException)
        {
            // A cancelled or dropped download keeps its partial file for the next run to resume; anything else made it useless.
            keep = false;
            partial.Discard();
            throw;
        }
        finally
        {
            if (keep)
            {
                partial.Keep();
            }
        }
    }

    /// <summary>The asset to download, after the id and options were checked; refused (nothing fetched) when it has no usable url.</summary>
    private async Task<AssetRetrieveResponse> DownloadableAsync(string assetId, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.AssetId(assetId, nameof(assetId));
        InputValidation.RequestOptions(options, nameof(options));
        var asset = await RetrieveAsync(assetId, options, cancellationToken).ConfigureAwait(false);
        AssetDownloader.UrlOf(asset);
        return asset;
    }

    private Task FetchAsync(AssetRetrieveResponse asset, Stream destination, DownloadResume resume, AssetDownloadParams? parameters, RequestOptions? options, CancellationToken cancellationToken) =>
        _downloads.DownloadAsync(
            asset, destination, resume, parameters?.Progress, options?.MaxRetries ?? _endpoints.Api.MaxRetries, options?.Timeout ?? _endpoints.Api.Timeout, cancellationToken);
}
