namespace Flora.Sdk.Models;

/// <summary>The response of <c>POST /assets/{assetId}/retry</c>: the asset with fresh upload instructions.</summary>
public sealed record AssetRetryResponse : AssetUploadState
{
    /// <summary>The asset's URL, when FLORA sends it (not documented as always present here).</summary>
    public string? Url { get; init; }

    /// <summary>The workspace that owns the asset, when FLORA sends it.</summary>
    public string? WorkspaceId { get; init; }
}
