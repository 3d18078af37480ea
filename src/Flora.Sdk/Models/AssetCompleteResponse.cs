namespace Flora.Sdk.Models;

/// <summary>The response of <c>POST /assets/{assetId}/complete</c>.</summary>
public sealed record AssetCompleteResponse : AssetUploadState;
