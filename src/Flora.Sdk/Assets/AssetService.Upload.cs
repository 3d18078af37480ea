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
        // The create's own answer as it came; one found again, or merged with the wait's, is copied field for field.
        return answer.With(answer.Value as AssetCreateResponse ?? new AssetCreateResponse(answer.Value));
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
