using System.Net.Http.Headers;
using Flora.Sdk.Models;

namespace Flora.Sdk.Validation;

internal static partial class InputValidation
{
    /// <summary>The rules of <see cref="IAssetService.UploadAsync"/>, all checked before the reservation is made; the content type to send (given or inferred).</summary>
    public static string Upload(Stream? content, AssetUploadParams? parameters, string contentName, string paramName)
    {
        ArgumentNullException.ThrowIfNull(content, contentName);
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        if (!content.CanRead)
        {
            throw new ArgumentException("The content stream cannot be read: pass a readable stream positioned at the first byte to upload.", contentName);
        }

        return UploadFields(
            parameters.WorkspaceId, parameters.FileName, parameters.ContentType, parameters.Folder, parameters.ProjectId, parameters.AllowUnknownContentType,
            parameters.ReadyTimeout, paramName);
    }

    /// <summary>The rules every stream or file upload shares; the content type it sends (given or inferred, and checked).</summary>
    private static string UploadFields(
        string workspaceId, string fileName, string? contentType, string? folder, string? projectId, bool allowUnknown, TimeSpan? readyTimeout, string paramName)
    {
        WorkspaceId(workspaceId, $"{paramName}.{nameof(AssetUploadParams.WorkspaceId)}");
        if (string.IsNullOrWhiteSpace(fileName))
        {
            throw new ArgumentException("FileName is required, for example 'product.png'; FLORA stores the asset under it.", $"{paramName}.{nameof(AssetUploadParams.FileName)}");
        }

        if (fileName.Any(char.IsControl))
        {
            // The name goes into the multipart Content-Disposition header sent to the upload target.
            throw new ArgumentException("FileName contains line breaks or control characters: pass a plain file name such as 'product.png'.", $"{paramName}.{nameof(AssetUploadParams.FileName)}");
        }

        if (contentType is not null && string.IsNullOrWhiteSpace(contentType))
        {
            throw new ArgumentException("ContentType is blank: leave it null to infer it from the file name.", $"{paramName}.{nameof(AssetUploadParams.ContentType)}");
        }

        if (contentType is not null && !MediaTypeHeaderValue.TryParse(contentType, out _))
        {
            // The upload step would otherwise fail after an asset was created.
            throw new ArgumentException(
                $"ContentType '{contentType.ReplaceLineEndings(" ")}' is not a media type: pass one such as 'image/png', or leave it null to infer it from the file name.",
                $"{paramName}.{nameof(AssetUploadParams.ContentType)}");
        }

        OptionalText(folder, $"{paramName}.{nameof(AssetUploadParams.Folder)}");
        OptionalProjectId(projectId, $"{paramName}.{nameof(AssetUploadParams.ProjectId)}");
        Timeout(readyTimeout, $"{paramName}.{nameof(AssetUploadParams.ReadyTimeout)}");
        return UploadContentType(contentType, fileName, allowUnknown, $"{paramName}.{nameof(AssetUploadParams.ContentType)}");
    }

    /// <summary>A forced direct upload of a stream known to be larger than FLORA takes that way would be refused after its bytes were sent.</summary>
    public static void DirectLength(Stream content, AssetUploadPath path, long maxBytes, string contentName)
    {
        if (path == AssetUploadPath.Direct && content.CanSeek && content.Length - content.Position > maxBytes)
        {
            throw new ArgumentException(
                $"The content is {content.Length - content.Position} bytes, but FLORA takes at most {maxBytes} bytes (4 MiB) as a direct upload: " +
                "use UploadAsync with UploadPath = AssetUploadPath.Auto or AssetUploadPath.SignedUrl for larger files.",
                contentName);
        }
    }

    /// <summary>The rules of <see cref="IAssetService.UploadFromUrlAsync"/>; the file name and content type to send (from the URL when not given; null: FLORA's to decide).</summary>
    public static (string? FileName, string? ContentType) UrlUpload(Uri? url, AssetUrlUploadParams? parameters, string urlName, string paramName)
    {
        ArgumentNullException.ThrowIfNull(url, urlName);
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        Source(url.IsAbsoluteUri ? url.AbsoluteUri : url.OriginalString, urlName);
        WorkspaceId(parameters.WorkspaceId, $"{paramName}.{nameof(AssetUrlUploadParams.WorkspaceId)}");
        UrlUploadFields(parameters, paramName);
        Timeout(parameters.ReadyTimeout, $"{paramName}.{nameof(AssetUrlUploadParams.ReadyTimeout)}");
        var fileName = parameters.FileName ?? NameFrom(url);

        // A URL whose name says nothing about its type leaves the type to FLORA, which sees the fetched bytes.
        string? contentType = null;
        if (parameters.ContentType is not null || (fileName is not null && AssetContentTypes.FromFileName(fileName) is not null))
        {
            contentType = UploadContentType(parameters.ContentType, fileName ?? string.Empty, parameters.AllowUnknownContentType, $"{paramName}.{nameof(AssetUrlUploadParams.ContentType)}");
        }

        return (fileName, contentType);
    }

    private static string? NameFrom(Uri url)
    {
        var name = Uri.UnescapeDataString(Path.GetFileName(url.AbsolutePath));
        return string.IsNullOrWhiteSpace(name) || name.Any(char.IsControl) ? null : name;
    }

    /// <summary>The optional fields of <see cref="IAssetService.UploadFromUrlAsync"/>.</summary>
    private static void UrlUploadFields(AssetUrlUploadParams parameters, string paramName)
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

    /// <summary>The rules of <see cref="IAssetService.UploadFileAsync"/>: the file's, then those of any upload; the file name and content type to send.</summary>
    public static (string FileName, string ContentType) FileUpload(string? path, AssetFileUploadParams? parameters, string pathName, string paramName)
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

        var fileName = parameters.FileName ?? Path.GetFileName(path);
        var contentType = UploadFields(
            parameters.WorkspaceId, fileName, parameters.ContentType, parameters.Folder, parameters.ProjectId, parameters.AllowUnknownContentType,
            parameters.ReadyTimeout, paramName);
        return (fileName, contentType);
    }
}
