namespace Flora.Sdk.Models;

/// <summary>The response of <c>POST /assets/{assetId}/retry</c>: the asset with fresh upload instructions.</summary>
public sealed record AssetRetryResponse : AssetUploadState;
