using System.Diagnostics;
using System.Net;
using Flora.Sdk.Assets;
using Flora.Sdk.Models;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Uploads;

/// <summary>
/// Picks how <see cref="IAssetService.UploadAsync"/> sends the bytes: direct for a known length of at most
/// <see cref="DirectUpload.MaxBytes"/> (or when asked), the signed saga otherwise, and the saga again when the server
/// refuses direct uploads with 415.
/// </summary>
internal sealed class UploadRouter(UploadSaga signed, DirectUpload direct, ReadyWaiter waiter)
{
    /// <summary>Whether the arguments (already validated) take the direct path.</summary>
    public static bool IsDirect(Stream content, AssetUploadParams parameters) => parameters.Path switch
    {
        AssetUploadPath.Direct => true,
        AssetUploadPath.SignedUrl => false,
        _ => content.CanSeek && content.Length - content.Position <= DirectUpload.MaxBytes,
    };

    /// <summary>Uploads with arguments that were already validated, with <see cref="AssetUploadParams.ContentType"/> resolved.</summary>
    public async Task<AssetCompleteResponse> RunAsync(Stream content, AssetUploadParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        // One span per upload, whichever path it takes: the parent of its create, send and complete steps.
        using var activity = FloraDiagnostics.ActivitySource.StartActivity("assets.upload", ActivityKind.Internal);
        if (!IsDirect(content, parameters))
        {
            activity?.SetTag("flora.upload.path", FloraMetrics.SignedPath);
            return await signed.RunAsync(content, parameters, options, cancellationToken).ConfigureAwait(false);
        }

        activity?.SetTag("flora.upload.path", FloraMetrics.DirectPath);

        var origin = content.CanSeek ? content.Position : (long?)null;
        try
        {
            var completed = await RunDirectAsync(content, parameters, options, cancellationToken).ConfigureAwait(false);
            var bytesSent = origin is { } sent ? content.Position - sent : 0;
            activity?.SetTag("flora.upload.bytes", bytesSent);
            FloraMetrics.UploadFinished(FloraMetrics.DirectPath, bytesSent, failure: null);
            return completed;
        }
        catch (FloraApiException refused) when (refused.StatusCode == HttpStatusCode.UnsupportedMediaType)
        {
            // A server without direct uploads. The saga's create is another request: it sends its own key, which the
            // saga derives from the caller's ("<key>-create"), never the direct create's.
            if (origin is not { } start)
            {
                var failure = new FloraException(
                    "FLORA refused the direct upload (415) and the content stream cannot seek back to its start for the signed path. " +
                    "Pass a seekable stream, or set Path = AssetUploadPath.SignedUrl.", refused);
                FloraMetrics.UploadFinished(FloraMetrics.DirectPath, 0, failure);
                throw failure;
            }

            content.Position = start;
            activity?.SetTag("flora.upload.path", FloraMetrics.SignedPath);
            return await signed.RunAsync(content, parameters, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (FloraMetrics.UploadFailed(FloraMetrics.DirectPath, ex))
        {
            throw;
        }
    }

    private async Task<AssetCompleteResponse> RunDirectAsync(Stream content, AssetUploadParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        var created = await direct.CreateAsync(content, parameters, options, cancellationToken).ConfigureAwait(false);
        SendCore.TagCallSpan("flora.asset_id", created.AssetId);
        var completed = AssetService.AsCompleteResponse(created);
        if (parameters.WaitForReady && completed.Status != AssetStatus.Ready)
        {
            completed = AssetService.AsCompleteResponse(await waiter.WaitAsync(completed.AssetId, null, options, cancellationToken).ConfigureAwait(false));
        }

        return completed;
    }
}
