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
        await FetchAsync(asset, destination, alreadyWritten: 0, parameters, options, cancellationToken).ConfigureAwait(false);
        return asset.ToAsset();
    }

    public async Task<Asset> DownloadFileAsync(
        string assetId, string path, AssetDownloadParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputValidation.DownloadPath(path, nameof(path));
        var asset = await DownloadableAsync(assetId, options, cancellationToken).ConfigureAwait(false);

        var destination = Path.GetFullPath(path);
        var partial = PartialFile.PathFor(destination, assetId);
        var file = new FileStream(partial, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        var keepPartial = true;
        try
        {
            await using (file.ConfigureAwait(false))
            {
                await FetchAsync(asset, file, file.Seek(0, SeekOrigin.End), parameters, options, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            PartialFile.Promote(partial, destination);
            return asset.ToAsset();
        }
        catch (FloraException ex) when (ex is not FloraConnectionException)
        {
            // A cancelled or dropped download keeps its partial file for the next run to resume; anything else made it useless.
            keepPartial = false;
            throw;
        }
        finally
        {
            if (!keepPartial)
            {
                File.Delete(partial);
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

    private Task FetchAsync(AssetRetrieveResponse asset, Stream destination, long alreadyWritten, AssetDownloadParams? parameters, RequestOptions? options, CancellationToken cancellationToken) =>
        _downloads.DownloadAsync(
            asset, destination, alreadyWritten, parameters?.Progress, options?.MaxRetries ?? _endpoints.Api.MaxRetries, options?.Timeout ?? _endpoints.Api.Timeout, cancellationToken);
}
