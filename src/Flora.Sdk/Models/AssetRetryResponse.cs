using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>The response of <c>POST /assets/{assetId}/retry</c>: the asset with fresh upload instructions.</summary>
public sealed record AssetRetryResponse : AssetUploadState
{
    /// <summary>The asset's URL, when FLORA sends it (not documented as always present here).</summary>
    [JsonPropertyOrder(-18)]
    public string? Url { get => _url; init => _url = value; }

    /// <summary>The workspace that owns the asset, when FLORA sends it.</summary>
    [JsonPropertyOrder(-17)]
    public string? WorkspaceId { get => _workspaceId; init => _workspaceId = value; }
}
