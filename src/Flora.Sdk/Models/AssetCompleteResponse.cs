namespace Flora.Sdk.Models;

/// <summary>The response of <c>POST /assets/{assetId}/complete</c>.</summary>
public sealed record AssetCompleteResponse : AssetUploadState
{
    /// <summary>The asset's URL, when FLORA sends it (not documented as always present here).</summary>
    public string? Url { get; init; }

    /// <summary>The workspace that owns the asset, when FLORA sends it.</summary>
    public string? WorkspaceId { get; init; }

    /// <summary>This answer as an <see cref="Asset"/>, without losing a field.</summary>
    /// <returns>The asset; a field FLORA left out is <see langword="null"/>.</returns>
    public override Asset ToAsset() => ToAsset(Url, WorkspaceId, uploadedVia: null);
}
