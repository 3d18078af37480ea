namespace Flora.Sdk.Models;

/// <summary>What <see cref="IAssetService.UploadAsync"/> needs to reserve, upload and complete an asset.</summary>
public sealed record AssetUploadParams : AssetUploadParamsBase
{
    /// <summary>The asset's file name, for example <c>product.png</c>; the content type is inferred from its extension when not set.</summary>
    public required string FileName { get; init; }
}
