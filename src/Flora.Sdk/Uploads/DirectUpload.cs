using System.Net.Http.Headers;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Uploads;

/// <summary>
/// FLORA's direct path, the second upload target beside the signed one: one multipart <c>POST /assets</c> carrying the
/// form fields and the bytes, answered with a ready asset. Every attempt sends the same <c>Idempotency-Key</c> and
/// rewinds the stream; a create whose answer was lost is found again by <see cref="LostCreateRecovery"/>.
/// </summary>
internal sealed class DirectUpload(ApiTransport api, LostCreateRecovery recovery)
{
    /// <summary>The largest file FLORA takes this way, inclusive (4 MiB, as FLORA's own SDK counts it).</summary>
    public const long MaxBytes = 4L * 1024 * 1024;

    /// <summary>Creates from arguments that were already validated, with <see cref="AssetUploadParams.ContentType"/> resolved.</summary>
    public async Task<AssetCreateResponse> CreateAsync(Stream content, AssetUploadParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        var bytes = new RewindableContent(content);
        var started = api.TimeProvider.GetUtcNow();
        var length = bytes.Length;
        try
        {
            var created = await api.SendAsync(
                new ApiRequest(HttpMethod.Post, "assets.create", "assets", Body: attempt => Form(bytes, parameters, attempt)),
                FloraJsonContext.Default.AssetCreateResponse, options, static created => created.AssetId, cancellationToken).ConfigureAwait(false);
            return created.Value;
        }
        catch (FloraConflictException refused) when (LostCreateRecovery.IsLostCreate(refused))
        {
            var found = await recovery.FindAsync(
                new LostCreate(parameters.WorkspaceId, parameters.ProjectId, parameters.FileName, parameters.ContentType, "direct", [AssetStatus.Ready, AssetStatus.PendingUpload], length, started),
                refused, options, cancellationToken).ConfigureAwait(false);
            return new AssetCreateResponse
            {
                AssetId = found.AssetId!,
                Status = found.Status,
                Url = found.Url ?? string.Empty,
                WorkspaceId = found.WorkspaceId ?? string.Empty,
                UploadedVia = found.UploadedVia,
            };
        }
    }

    private static MultipartFormDataContent Form(RewindableContent bytes, AssetUploadParams parameters, AttemptContext attempt)
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
        Field("workspace_id", parameters.WorkspaceId);
        Field("file_name", parameters.FileName);
        Field("content_type", parameters.ContentType);
        Field("folder", parameters.Folder);
        Field("project_id", parameters.ProjectId);
        var file = new StreamContent(new UploadStream(bytes.Rewind(), parameters.Progress, attempt.Timeout), 81920);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(parameters.ContentType!);
        form.Add(file, "file", parameters.FileName);
        return form;
    }
}
