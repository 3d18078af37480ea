using System.Diagnostics;
using System.Net;
using Flora.Sdk.Endpoints;
using Flora.Sdk.Models;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Uploads;

/// <summary>
/// The upload paths of one client, and the choice between them: direct for a known length of at most
/// <see cref="DirectUpload.MaxBytes"/> (or when asked), the signed saga otherwise, and the saga again when the server
/// refuses direct uploads with 415; a URL goes to <see cref="UrlUpload"/>.
/// </summary>
internal sealed class UploadRouter
{
    private readonly UploadSaga _signed;
    private readonly DirectUpload _direct;
    private readonly UrlUpload _url;

    public UploadRouter(AssetEndpoints assets, HttpMessageInvoker uploadInvoker)
    {
        Waiter = new ReadyWaiter(assets);
        Recovery = new LostCreateRecovery(assets);
        _direct = new DirectUpload(assets.Api, Recovery);
        _signed = new UploadSaga(assets, uploadInvoker, Waiter, Recovery);
        _url = new UrlUpload(assets, Waiter, Recovery);
    }

    public ReadyWaiter Waiter { get; }

    /// <summary>The lost-create recovery every path uses.</summary>
    public LostCreateRecovery Recovery { get; }

    /// <summary>Whether the arguments (already validated) take the direct path.</summary>
    public static bool IsDirect(Stream content, AssetUploadPath path) => path switch
    {
        AssetUploadPath.Direct => true,
        AssetUploadPath.SignedUrl => false,
        _ => content.CanSeek && content.Length - content.Position <= DirectUpload.MaxBytes,
    };

    /// <summary>
    /// One direct create, without the upload's span; with <see cref="UploadRequest.WaitForReady"/>, the wait for ready as
    /// the upload does it. The status and headers are the create's, whatever the wait read.
    /// </summary>
    public async Task<FloraResponse<AssetFields>> CreateDirectAsync(Stream content, UploadRequest upload, RequestOptions? options, CancellationToken cancellationToken)
    {
        var created = await _direct.CreateAsync(content, upload, options, cancellationToken).ConfigureAwait(false);
        if (!upload.WaitForReady)
        {
            return created;
        }

        var asset = created.Value.ToAsset();
        return created.With<AssetFields>(asset.With(await Waiter.WaitAsync(asset.AssetId, upload.ReadyTimeout, options, cancellationToken).ConfigureAwait(false)));
    }

    /// <summary>A server-side fetch of <paramref name="url"/>.</summary>
    public Task<Asset> FetchAsync(Uri url, UploadRequest upload, RequestOptions? options, CancellationToken cancellationToken) =>
        _url.RunAsync(url, upload, options, cancellationToken);

    /// <summary>Uploads a stream; the asset with every field FLORA answered during the call.</summary>
    public async Task<Asset> RunAsync(Stream content, UploadRequest upload, RequestOptions? options, CancellationToken cancellationToken)
    {
        // One span per upload, whichever path it takes: the parent of its create, send and complete steps.
        using var activity = FloraDiagnostics.ActivitySource.StartActivity("assets.upload", ActivityKind.Internal);
        if (!IsDirect(content, upload.Path))
        {
            activity?.SetTag("flora.upload.path", FloraMetrics.SignedPath);
            return await _signed.RunAsync(content, upload, options, cancellationToken).ConfigureAwait(false);
        }

        activity?.SetTag("flora.upload.path", FloraMetrics.DirectPath);

        var origin = content.CanSeek ? content.Position : (long?)null;
        try
        {
            var asset = await RunDirectAsync(content, upload, options, cancellationToken).ConfigureAwait(false);
            var bytesSent = origin is { } sent ? content.Position - sent : 0;
            activity?.SetTag("flora.upload.bytes", bytesSent);
            FloraMetrics.UploadFinished(FloraMetrics.DirectPath, bytesSent, failure: null);
            return asset;
        }
        catch (FloraApiException refused) when (refused.StatusCode == HttpStatusCode.UnsupportedMediaType)
        {
            // A server without direct uploads. The saga's create is another request: it sends its own key, which the
            // saga derives from the caller's ("<key>-create"), never the direct create's.
            if (origin is not { } start)
            {
                var failure = new FloraException(
                    "FLORA refused the direct upload (415) and the content stream cannot seek back to its start for the signed path. " +
                    "Pass a seekable stream, or set UploadPath = AssetUploadPath.SignedUrl.", refused);
                FloraMetrics.UploadFinished(FloraMetrics.DirectPath, 0, failure);
                throw failure;
            }

            content.Position = start;
            activity?.SetTag("flora.upload.path", FloraMetrics.SignedPath);
            return await _signed.RunAsync(content, upload, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (FloraMetrics.UploadFailed(FloraMetrics.DirectPath, ex))
        {
            throw;
        }
    }

    /// <summary>One request; with <see cref="UploadRequest.WaitForReady"/>, one GET more for retrieve's metadata (as FLORA's own SDK does).</summary>
    private async Task<Asset> RunDirectAsync(Stream content, UploadRequest upload, RequestOptions? options, CancellationToken cancellationToken)
    {
        var created = (await _direct.CreateAsync(content, upload, options, cancellationToken).ConfigureAwait(false)).Value.ToAsset();
        ApiTransport.TagCallSpan("flora.asset_id", created.AssetId);
        return upload.WaitForReady
            ? created.With(await Waiter.WaitAsync(created.AssetId, upload.ReadyTimeout, options, cancellationToken).ConfigureAwait(false))
            : created;
    }
}
