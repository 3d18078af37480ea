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
        InputValidation.AssetId(assetId, nameof(assetId));
        InputValidation.DownloadDestination(destination, nameof(destination));
        InputValidation.RequestOptions(options, nameof(options));
        var asset = await RetrieveAsync(assetId, options, cancellationToken).ConfigureAwait(false);
        AssetDownloader.UrlOf(asset);
        await _downloads.DownloadAsync(
            asset, destination, alreadyWritten: 0, parameters?.Progress, options?.MaxRetries ?? _endpoints.Api.MaxRetries, options?.Timeout ?? _endpoints.Api.Timeout, cancellationToken)
            .ConfigureAwait(false);
        return Downloaded(asset);
    }

    public async Task<Asset> DownloadFileAsync(
        string assetId, string path, AssetDownloadParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputValidation.AssetId(assetId, nameof(assetId));
        InputValidation.DownloadPath(path, nameof(path));
        InputValidation.RequestOptions(options, nameof(options));
        var asset = await RetrieveAsync(assetId, options, cancellationToken).ConfigureAwait(false);
        AssetDownloader.UrlOf(asset);

        var destination = Path.GetFullPath(path);
        var partial = PartialFile.PathFor(destination, assetId);
        var file = new FileStream(partial, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        var keepPartial = true;
        try
        {
            await using (file.ConfigureAwait(false))
            {
                var existing = file.Seek(0, SeekOrigin.End);
                await _downloads.DownloadAsync(
                    asset, file, existing, parameters?.Progress, options?.MaxRetries ?? _endpoints.Api.MaxRetries, options?.Timeout ?? _endpoints.Api.Timeout, cancellationToken)
                    .ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            PartialFile.Promote(partial, destination);
            return Downloaded(asset);
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

    /// <summary>What a download returns: the asset as retrieve answered it.</summary>
    private static Asset Downloaded(AssetRetrieveResponse retrieved) => retrieved.ToAsset();
}
