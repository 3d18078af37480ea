using Flora.Sdk.Models;
using Flora.Sdk.Uploads;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Assets;

/// <summary>
/// The upload calls: each validates everything (the content type too) before any byte is sent, then describes the upload
/// once (<see cref="UploadRequest"/>, from what the rules checked) and hands it to Uploads/.
/// </summary>
internal sealed partial class AssetService
{
    public async Task<Asset> UploadAsync(Stream content, AssetUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        await Router.RunAsync(content, ValidatedUpload(content, parameters, options), options, cancellationToken).ConfigureAwait(false);

    public async Task<Asset> UploadFileAsync(string path, AssetFileUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (fileName, contentType) = InputValidation.FileUpload(path, parameters, nameof(path), nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        var upload = UploadRequest.From(parameters, fileName, contentType);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (file.ConfigureAwait(false))
        {
            InputValidation.DirectLength(file, upload.Path, DirectUpload.MaxBytes, nameof(path));
            return await Router.RunAsync(file, upload, options, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<AssetCreateResponse> CreateFromBytesAsync(Stream content, AssetUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.CreateFromBytesAsync(content, parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    async Task<FloraResponse<AssetCreateResponse>> IAssetServiceWithRawResponse.CreateFromBytesAsync(
        Stream content, AssetUploadParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        // Validated as given first (a null parameters is an ArgumentNullException, not a NullReferenceException), then forced direct.
        var contentType = InputValidation.Upload(content, parameters, nameof(content), nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        var upload = UploadRequest.From(parameters, contentType) with { Path = AssetUploadPath.Direct };
        InputValidation.DirectLength(content, upload.Path, DirectUpload.MaxBytes, nameof(content));
        var answer = await Router.CreateDirectAsync(content, upload, options, cancellationToken).ConfigureAwait(false);
        var created = answer.Value;
        return answer.With(new AssetCreateResponse
        {
            AssetId = created.AssetId,
            Status = created.Status,
            Url = created.Url ?? string.Empty,
            WorkspaceId = created.WorkspaceId ?? string.Empty,
            UploadedVia = created.UploadedVia ?? string.Empty,
            Visibility = created.Visibility ?? string.Empty,
            FailureMessage = created.FailureMessage,
            ExpiresAt = created.ExpiresAt,
            Upload = created.Upload,
            UploadUrl = created.UploadUrl,
            AdditionalProperties = created.AdditionalProperties,
        });
    }

    public async Task<Asset> UploadFromUrlAsync(Uri url, AssetUrlUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (fileName, contentType) = InputValidation.UrlUpload(url, parameters, nameof(url), nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        var upload = UploadRequest.From(parameters, fileName, contentType);
        return await Router.FetchAsync(url, upload, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every rule of a stream upload, checked before any byte is sent.</summary>
    private static UploadRequest ValidatedUpload(Stream content, AssetUploadParams parameters, RequestOptions? options)
    {
        var contentType = InputValidation.Upload(content, parameters, nameof(content), nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        var upload = UploadRequest.From(parameters, contentType);
        InputValidation.DirectLength(content, upload.Path, DirectUpload.MaxBytes, nameof(content));
        return upload;
    }
}
