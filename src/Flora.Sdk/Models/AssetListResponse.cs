using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>One asset in a page of <c>GET /assets</c>.</summary>
public sealed record AssetListResponse : AssetFields
{
    private readonly long? _createdAtNumber;

    /// <summary>The asset identifier.</summary>
    [JsonPropertyOrder(-20)]
    public string? AssetId { get => _assetId; init => _assetId = value; }

    /// <summary>The asset's content type.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    [JsonPropertyOrder(-12)]
    public string ContentType { get => _contentType ?? string.Empty; init => _contentType = Answered(value); }

    /// <summary>When the asset was created, as the number the list endpoint sends (unit undocumented).</summary>
    /// <remarks>
    /// A fractional value is truncated, never rejected. <see cref="AssetFields.ToAsset"/> reads it as Unix seconds
    /// (below 1e11) or milliseconds; <see cref="AssetRetrieveResponse.CreatedAt"/> has the ISO time.
    /// </remarks>
    [JsonConverter(typeof(LenientInt64Converter))]
    [JsonPropertyOrder(-4)]
    public long? CreatedAt
    {
        get => _createdAtNumber;
        init
        {
            _createdAtNumber = value;
            _createdAt = UnixTimestamp.ToDateTime(value);
        }
    }

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
