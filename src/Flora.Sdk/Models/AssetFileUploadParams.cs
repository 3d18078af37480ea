namespace Flora.Sdk.Models;

/// <summary>What <see cref="IAssetService.UploadFileAsync"/> needs beyond the file's path.</summary>
public sealed record AssetFileUploadParams : AssetUploadParamsBase
{
    /// <summary>The asset's file name; the path's file name when not set.</summary>
    public string? FileName { get; init; }
}
