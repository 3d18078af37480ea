using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// One FLORA asset, whichever call produced it: what upload, wait and download calls return, and what every asset
/// response record converts to with <c>ToAsset()</c> without losing a field. Fields FLORA did not send are
/// <see langword="null"/>.
/// </summary>
public sealed record Asset : AssetFields
{
    /// <summary>Creates an empty asset.</summary>
    public Asset()
    {
    }

    /// <summary>An asset with every field of <paramref name="fields"/>, the unknown ones too.</summary>
    internal Asset(AssetFields fields)
        : base(fields)
    {
    }

    private Asset(Asset earlier, Asset later)
        : base(earlier, later)
    {
    }

    /// <summary>The asset identifier.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    [JsonPropertyOrder(-20)]
    public string AssetId { get => _assetId ?? string.Empty; init => _assetId = value; }

    /// <summary>The asset's URL; pass it to an <c>imageUrl</c> or <c>videoUrl</c> input.</summary>
    [JsonPropertyOrder(-18)]
    public string? Url { get => _url; init => _url = value; }

    /// <summary>The workspace that owns the asset.</summary>
    [JsonPropertyOrder(-17)]
    public string? WorkspaceId { get => _workspaceId; init => _workspaceId = value; }

    /// <summary>The asset's content type.</summary>
    [JsonPropertyOrder(-12)]
    public string? ContentType { get => _contentType; init => _contentType = value; }

    /// <summary>How the asset arrived: <c>direct</c>, <c>signed_url</c> or <c>url</c>.</summary>
    [JsonPropertyOrder(-10)]
    public string? UploadedVia { get => _uploadedVia; init => _uploadedVia = value; }

    /// <summary>The asset's visibility.</summary>
    [JsonPropertyOrder(-9)]
    public string? Visibility { get => _visibility; init => _visibility = value; }

    /// <summary>When the asset was created: retrieve's ISO time, or the list's number read as Unix seconds (below 1e11) or milliseconds.</summary>
    [JsonPropertyOrder(-4)]
    public DateTimeOffset? CreatedAt { get => _createdAt; init => _createdAt = value; }

    /// <summary>
    /// This asset updated by a later answer about it: each field the later answer carries wins, and a field it lacks
    /// keeps its earlier value (nothing is blanked). Unknown fields merge the same way.
    /// </summary>
    internal Asset With(Asset later) => new(this, later);
}
