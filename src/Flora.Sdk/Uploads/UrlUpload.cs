using Flora.Sdk.Assets;
using Flora.Sdk.Models;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Uploads;

/// <summary>
/// A server-side fetch in one call: create from the URL, then wait for <c>ready</c> (no poll when the create already
/// answers ready). A create whose answer was lost is found again by <see cref="LostCreateRecovery"/>.
/// </summary>
internal sealed class UrlUpload(AssetService assets, ReadyWaiter waiter, LostCreateRecovery recovery, TimeProvider time)
{
    /// <summary>Runs with arguments that were already validated; <paramref name="fileName"/> and <paramref name="contentType"/> are resolved.</summary>
    public async Task<AssetCompleteResponse> RunAsync(
        Uri url, AssetUrlUploadParams parameters, string? fileName, string? contentType, RequestOptions? options, CancellationToken cancellationToken)
    {
        try
        {
            var completed = await FetchAsync(url, parameters, fileName, contentType, options, cancellationToken).ConfigureAwait(false);
            FloraMetrics.UploadFinished(FloraMetrics.UrlPath, 0, failure: null);
            return completed;
        }
        catch (Exception ex) when (FloraMetrics.UploadFailed(FloraMetrics.UrlPath, ex))
        {
            throw;
        }
    }

    private async Task<AssetCompleteResponse> FetchAsync(
        Uri url, AssetUrlUploadParams parameters, string? fileName, string? contentType, RequestOptions? options, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        string assetId;
        AssetStatus status;
        AssetCompleteResponse? answer = null;
        try
        {
            var created = await assets.SendCreateAsync(
                new AssetCreateParams
                {
                    Source = url.AbsoluteUri,
                    WorkspaceId = parameters.WorkspaceId,
                    FileName = fileName,
                    ContentType = contentType,
                    Folder = parameters.Folder,
                    ProjectId = parameters.ProjectId,
                },
                options, cancellationToken).ConfigureAwait(false);
            (assetId, status) = (created.AssetId, created.Status);
            answer = AssetService.AsCompleteResponse(created);
        }
        catch (FloraConflictException refused) when (LostCreateRecovery.IsLostCreate(refused))
        {
            var found = await recovery.FindAsync(
                new LostCreate(parameters.WorkspaceId, parameters.ProjectId, fileName, contentType, "url", [AssetStatus.PendingUpload, AssetStatus.Ready], null, started),
                refused, options, cancellationToken).ConfigureAwait(false);
            (assetId, status) = (found.AssetId!, found.Status);
        }

        if (status == AssetStatus.Ready && answer is not null)
        {
            return answer;
        }

        return AssetService.AsCompleteResponse(await waiter.WaitAsync(assetId, parameters.ReadyTimeout, options, cancellationToken).ConfigureAwait(false));
    }
}
