using System.Net.Http.Headers;
using Flora.Sdk.Models;

namespace Flora.Sdk.Validation;

internal static partial class InputValidation
{
    /// <summary>The rules of <see cref="IAssetService.UploadAsync"/>: all checked before the reservation is made.</summary>
    public static void Upload(Stream? content, AssetUploadParams? parameters, string contentName, string paramName)
    {
        ArgumentNullException.ThrowIfNull(content, contentName);
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        if (!content.CanRead)
        {
            throw new ArgumentException("The content stream cannot be read: pass a readable stream positioned at the first byte to upload.", contentName);
        }

        WorkspaceId(parameters.WorkspaceId, $"{paramName}.{nameof(AssetUploadParams.WorkspaceId)}");
        if (string.IsNullOrWhiteSpace(parameters.FileName))
        {
            throw new ArgumentException("FileName is required, for example 'product.png'; FLORA stores the asset under it.", $"{paramName}.{nameof(AssetUploadParams.FileName)}");
        }

        if (parameters.FileName.Any(char.IsControl))
        {
            // The name goes into the multipart Content-Disposition header sent to the upload target.
            throw new ArgumentException("FileName contains line breaks or control characters: pass a plain file name such as 'product.png'.", $"{paramName}.{nameof(AssetUploadParams.FileName)}");
        }

        if (parameters.ContentType is not null && string.IsNullOrWhiteSpace(parameters.ContentType))
        {
            throw new ArgumentException("ContentType is blank: leave it null to infer it from the file name.", $"{paramName}.{nameof(AssetUploadParams.ContentType)}");
        }

        if (parameters.ContentType is not null && !MediaTypeHeaderValue.TryParse(parameters.ContentType, out _))
        {
            // The upload step would otherwise fail after an asset was created.
            throw new ArgumentException(
                $"ContentType '{parameters.ContentType.ReplaceLineEndings(" ")}' is not a media type: pass one such as 'image/png', or leave it null to infer it from the file name.",
                $"{paramName}.{nameof(AssetUploadParams.ContentType)}");
        }

        OptionalText(parameters.Folder, $"{paramName}.{nameof(AssetUploadParams.Folder)}");
        OptionalProjectId(parameters.ProjectId, $"{paramName}.{nameof(AssetUploadParams.ProjectId)}");
    }

    /// <summary>A forced direct upload of a stream known to be larger than FLORA takes that way would be refused after its bytes were sent.</summary>
    public static void DirectLength(Stream content, AssetUploadPath path, long maxBytes, string contentName)
    {
        if (path == AssetUploadPath.Direct && content.CanSeek && content.Length - content.Position > maxBytes)
        {
            throw new ArgumentException(
                $"The content is {content.Length - content.Position} bytes, but FLORA takes at most {maxBytes} bytes (4 MiB) as a direct upload: " +
                "use UploadAsync with Path = AssetUploadPath.Auto or AssetUploadPath.SignedUrl for larger files.",
                contentName);
        }
    }

    /// <summary>The optional fields of <see cref="IAssetService.UploadFromUrlAsync"/>.</summary>
    public static void UrlUploadFields(AssetUrlUploadParams parameters, string paramName)
    {
        OptionalText(parameters.FileName, $"{paramName}.{nameof(AssetUrlUploadParams.FileName)}");
        OptionalText(parameters.ContentType, $"{paramName}.{nameof(AssetUrlUploadParams.ContentType)}");
        OptionalText(parameters.Folder, $"{paramName}.{nameof(AssetUrlUploadParams.Folder)}");
        OptionalProjectId(parameters.ProjectId, $"{paramName}.{nameof(AssetUrlUploadParams.ProjectId)}");
        if (parameters.FileName is { } name && name.Any(char.IsControl))
        {
            throw new ArgumentException("FileName contains line breaks or control characters: pass a plain file name such as 'product.png'.", $"{paramName}.{nameof(AssetUrlUploadParams.FileName)}");
        }
    }

    /// <summary>The rules of <see cref="IAssetService.UploadFileAsync"/> that concern the file; the rest are <see cref="Upload"/>'s.</summary>
    public static void FileUpload(string? path, AssetFileUploadParams? parameters, string pathName, string paramName)
    {
        ArgumentNullException.ThrowIfNull(path, pathName);
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The path is blank: pass the path of the file to upload.", pathName);
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"There is no file at '{path}' to upload.", path);
        }
    }
}
