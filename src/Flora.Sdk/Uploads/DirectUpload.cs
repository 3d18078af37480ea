using System.Net.Http.Headers;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Uploads;

/// <summary>
/// FLORA's direct path, the second upload target beside the signed one: one multipart <c>POST /assets</c> carrying the
/// form fields and the bytes, answered with the asset (ready, or still processing as FLORA may answer). Every attempt sends the same <c>Idempotency-Key</c> and
/// rewinds the stream; a create whose answer was lost is found again by <see cref="LostCreateRecovery"/>.
/// </summary>
internal sealed class DirectUpload(ApiTransport api, LostCreateRecovery recovery)
{
    /// <summary>The largest file FLORA takes this way, inclusive (4 MiB, as FLORA's own SDK counts it).</summary>
    public const long MaxBytes = 4L * 1024 * 1024;

    /// <summary>
    /// Creates from an upload that was already validated; the create's answer with its status and headers, or, when that
    /// answer was lost, the list item found again with those of the list page it was on.
    /// </summary>
    public async Task<FloraResponse<AssetFields>> CreateAsync(Stream content, UploadRequest upload, RequestOptions? options, CancellationToken cancellationToken)
    {
        var bytes = new RewindableContent(content);
        var started = api.TimeProvider.GetUtcNow();
        var length = bytes.Length;
        try
        {
            var created = await api.SendAsync(
                new ApiRequest(HttpMethod.Post, "assets.create", "assets", Body: timeout => Form(bytes, upload, timeout)),
                FloraJsonContext.Default.AssetCreateResponse, options, cancellationToken, static created => created.AssetId).ConfigureAwait(false);
            return created.With<AssetFields>(created.Value);
        }
        catch (FloraConflictException refused) when (LostCreateRecovery.IsLostCreate(refused))
        {
            var found = await recovery.FindAsync(
                new LostCreate(upload.WorkspaceId, upload.ProjectId, upload.FileName, upload.ContentType, "direct", [AssetStatus.PendingUpload, AssetStatus.Ready], length, started),
                refused, options, cancellationToken).ConfigureAwait(false);
            return found.With<AssetFields>(found.Value);
        }
    }

    private static MultipartFormDataContent Form(RewindableContent bytes, UploadRequest upload, AttemptTimeout timeout)
    {
        var form = new MultipartFormDataContent();
        void Field(string name, string? value)
        {
            if (value is not null)
            {
                var field = new StringContent(value);
                field.Headers.ContentType = null;
                form.Add(field, name);
            }
        }

        // The fields go before the file, so a server can refuse a bad field before the bytes arrive.
        Field("workspace_id", upload.WorkspaceId);
        Field("file_name", upload.FileName);
        Field("content_type", upload.ContentType);
        Field("folder", upload.Folder);
        Field("project_id", upload.ProjectId);
        var file = new StreamContent(new UploadStream(bytes.Rewind(), upload.Progress, timeout), 81920);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(upload.ContentType!);
        form.Add(file, "file", upload.FileName!);
        return form;
    }
}
