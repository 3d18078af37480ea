using Flora.Sdk.Models;
using Flora.Sdk.Uploads;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Assets;

/// <summary>The upload calls: each validates everything (the content type too) before any byte is sent, then hands over to Uploads/.</summary>
internal sealed partial class AssetService
{
    public async Task<AssetCompleteResponse> UploadAsync(Stream content, AssetUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var resolved = ValidatedUpload(content, parameters, options);
        return await _uploads.RunAsync(content, resolved, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AssetCompleteResponse> UploadFileAsync(string path, AssetFileUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputValidation.FileUpload(path, parameters, nameof(path), nameof(parameters));
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (file.ConfigureAwait(false))
        {
            return await UploadAsync(file, AssetUploadParamsFor(path, parameters), options, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<AssetCreateResponse> CreateFromBytesAsync(Stream content, AssetUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var resolved = ValidatedUpload(content, parameters with { Path = AssetUploadPath.Direct }, options);
        return await _direct.CreateAsync(content, resolved, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AssetCompleteResponse> UploadFromUrlAsync(Uri url, AssetUrlUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(parameters);
        InputValidation.Source(url.IsAbsoluteUri ? url.AbsoluteUri : url.OriginalString, nameof(url));
        InputValidation.WorkspaceId(parameters.WorkspaceId, $"{nameof(parameters)}.{nameof(AssetUrlUploadParams.WorkspaceId)}");
        InputValidation.UrlUploadFields(parameters, nameof(parameters));
        InputValidation.Timeout(parameters.ReadyTimeout, $"{nameof(parameters)}.{nameof(AssetUrlUploadParams.ReadyTimeout)}");
        InputValidation.RequestOptions(options, nameof(options));
        var fileName = parameters.FileName ?? NameFrom(url);

        // A URL whose name says nothing about its type leaves the type to FLORA, which sees the fetched bytes.
        string? contentType = null;
        if (parameters.ContentType is not null || (fileName is not null && ContentTypes.FromFileName(fileName) != ContentTypes.Fallback))
        {
            contentType = InputValidation.UploadContentType(
                parameters.ContentType, fileName ?? string.Empty, parameters.AllowUnknownContentType, $"{nameof(parameters)}.{nameof(AssetUrlUploadParams.ContentType)}");
        }

        return await _urlUploads.RunAsync(url, parameters, fileName, contentType, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every rule of an upload, checked before any byte is sent; returns the parameters with the content type resolved.</summary>
    private static AssetUploadParams ValidatedUpload(Stream content, AssetUploadParams parameters, RequestOptions? options)
    {
        InputValidation.Upload(content, parameters, nameof(content), nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        InputValidation.DirectLength(content, parameters.Path, DirectUpload.MaxBytes, nameof(content));
        var contentType = InputValidation.UploadContentType(
            parameters.ContentType, parameters.FileName, parameters.AllowUnknownContentType, $"{nameof(parameters)}.{nameof(AssetUploadParams.ContentType)}");
        return parameters with { ContentType = contentType };
    }

    private static string? NameFrom(Uri url)
    {
        var name = Uri.UnescapeDataString(Path.GetFileName(url.AbsolutePath));
        return string.IsNullOrWhiteSpace(name) || name.Any(char.IsControl) ? null : name;
    }

    private static AssetUploadParams AssetUploadParamsFor(string path, AssetFileUploadParams parameters) => new()
    {
        WorkspaceId = parameters.WorkspaceId,
        FileName = parameters.FileName ?? Path.GetFileName(path),
        ContentType = parameters.ContentType,
        Folder = parameters.Folder,
        ProjectId = parameters.ProjectId,
        Path = parameters.Path,
        AllowUnknownContentType = parameters.AllowUnknownContentType,
        Progress = parameters.Progress,
        WaitForReady = parameters.WaitForReady,
    };
}
