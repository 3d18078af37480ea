using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>The response of <c>GET /assets/{assetId}</c>.</summary>
public sealed record AssetRetrieveResponse : AssetFields
{
    /// <summary>The asset identifier.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    [JsonPropertyOrder(-20)]
    public string AssetId { get => _assetId ?? string.Empty; init => _assetId = Answered(value); }

    /// <summary>The asset's content type.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    [JsonPropertyOrder(-12)]
    public string ContentType { get => _contentType ?? string.Empty; init => _contentType = Answered(value); }

    /// <summary>When the asset was created (ISO 8601 on the wire).</summary>
    [JsonPropertyOrder(-4)]
    public DateTimeOffset? CreatedAt { get => _createdAt; init => _createdAt = value; }

    /// <summary>How the asset arrived.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    [JsonPropertyOrder(-10)]
    public string UploadedVia { get => _uploadedVia ?? string.Empty; init => _uploadedVia = Answered(value); }

    /// <summary>The asset's URL.</summary>
    [JsonPropertyOrder(-18)]
    public string? Url { get => _url; init => _url = value; }

    /// <summary>The workspace that owns the asset.</summary>
    [JsonPropertyOrder(-17)]
    public string? WorkspaceId { get => _workspaceId; init => _workspaceId = value; }
}
