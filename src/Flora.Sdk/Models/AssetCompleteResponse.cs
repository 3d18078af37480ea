using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>The response of <c>POST /assets/{assetId}/complete</c>.</summary>
public sealed record AssetCompleteResponse : AssetUploadState
{
    /// <summary>Creates an empty response.</summary>
    public AssetCompleteResponse()
    {
    }

    /// <summary>The answer a complete would give for the asset <paramref name="fields"/> describe (a lost complete's, read back).</summary>
    internal AssetCompleteResponse(AssetFields fields)
        : base(fields)
    {
    }

    /// <summary>The asset's URL, when FLORA sends it (not documented as always present here).</summary>
    [JsonPropertyOrder(-18)]
    public string? Url { get => _url; init => _url = value; }

    /// <summary>The workspace that owns the asset, when FLORA sends it.</summary>
    [JsonPropertyOrder(-17)]
    public string? WorkspaceId { get => _workspaceId; init => _workspaceId = value; }
}
