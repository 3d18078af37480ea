using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>One asset in a page of <c>GET /assets</c>.</summary>
public sealed record AssetListResponse : FloraObject
{
    /// <summary>The asset identifier.</summary>
    public string? AssetId { get; init; }

    private readonly string? _contentType;

    /// <summary>The asset's content type.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string ContentType
    {
        get => _contentType ?? string.Empty;
        init => _contentType = value;
    }

    /// <summary>When the asset was created, as the number the list endpoint sends (unit undocumented).</summary>
    /// <remarks>A fractional value is truncated, never rejected. <see cref="AssetRetrieveResponse.CreatedAt"/> has the ISO time.</remarks>
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? CreatedAt { get; init; }

    /// <summary>The asset's description.</summary>
    public string? Description { get; init; }

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

    /// <summary>The canvas node the asset belongs to, if any.</summary>
    public string? NodeId { get; init; }

    /// <summary>The project the asset belongs to, if any.</summary>
    public string? ProjectId { get; init; }

    /// <summary>This list item as an <see cref="Asset"/>, without losing a field; <see cref="CreatedAt"/> becomes a time.</summary>
    /// <returns>The asset; a field FLORA left out is <see langword="null"/>.</returns>
    public Asset ToAsset() => new()
    {
        AssetId = AssetId ?? string.Empty,
        Status = Status,
        Url = Url,
        WorkspaceId = WorkspaceId,
        ProjectId = ProjectId,
        NodeId = NodeId,
        Name = Name,
        Description = Description,
        ContentType = Asset.Answered(ContentType),
        UploadContentType = UploadContentType,
        UploadedVia = Asset.Answered(UploadedVia),
        SizeBytes = SizeBytes,
        Width = Width,
        Height = Height,
        CreatedAt = UnixTimestamp.ToDateTime(CreatedAt),
        AdditionalProperties = AdditionalProperties,
    };
}
