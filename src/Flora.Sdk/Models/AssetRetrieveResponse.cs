using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>The response of <c>GET /assets/{assetId}</c>.</summary>
public sealed record AssetRetrieveResponse : FloraObject
{
    private readonly string? _assetId;

    /// <summary>The asset identifier.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string AssetId
    {
        get => _assetId ?? string.Empty;
        init => _assetId = value;
    }

    private readonly string? _contentType;

    /// <summary>The asset's content type.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string ContentType
    {
        get => _contentType ?? string.Empty;
        init => _contentType = value;
    }

    /// <summary>When the asset was created (ISO 8601 on the wire).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The asset's description.</summary>
    public string? Description { get; init; }

    /// <summary>Why the asset failed, when <see cref="Status"/> is <c>failed</c>.</summary>
    public string? FailureMessage { get; init; }

    /// <summary>The height in pixels, for images and videos.</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Height { get; init; }

    /// <summary>The asset's name.</summary>
    public string? Name { get; init; }

    /// <summary>The stored size in bytes.</summary>
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? SizeBytes { get; init; }

    /// <summary>The asset's lifecycle state.</summary>
    public AssetStatus Status { get; init; }

    /// <summary>The content type given at upload time.</summary>
    public string? UploadContentType { get; init; }

    private readonly string? _uploadedVia;

    /// <summary>How the asset arrived.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string UploadedVia
    {
        get => _uploadedVia ?? string.Empty;
        init => _uploadedVia = value;
    }

    /// <summary>The asset's URL.</summary>
    public string? Url { get; init; }

    /// <summary>The width in pixels, for images and videos.</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Width { get; init; }

    /// <summary>The workspace that owns the asset.</summary>
    public string? WorkspaceId { get; init; }

    /// <summary>This answer as an <see cref="Asset"/>, without losing a field.</summary>
    /// <returns>The asset; a field FLORA left out is <see langword="null"/>.</returns>
    public Asset ToAsset() => new()
    {
        AssetId = AssetId,
        Status = Status,
        Url = Url,
        WorkspaceId = WorkspaceId,
        Name = Name,
        Description = Description,
        ContentType = Asset.Answered(ContentType),
        UploadContentType = UploadContentType,
        UploadedVia = Asset.Answered(UploadedVia),
        FailureMessage = FailureMessage,
        SizeBytes = SizeBytes,
        Width = Width,
        Height = Height,
        CreatedAt = CreatedAt,
        AdditionalProperties = AdditionalProperties,
    };
}
