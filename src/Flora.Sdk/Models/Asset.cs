using System.Text.Json;

namespace Flora.Sdk.Models;

/// <summary>
/// One FLORA asset, whichever call produced it: what upload, wait and download calls return, and what every asset
/// response record converts to with <c>ToAsset()</c> without losing a field. Fields FLORA did not send are
/// <see langword="null"/>.
/// </summary>
public sealed record Asset : FloraObject
{
    private readonly string? _assetId;

    /// <summary>The asset identifier.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string AssetId
    {
        get => _assetId ?? string.Empty;
        init => _assetId = value;
    }

    /// <summary>The asset's lifecycle state, as FLORA last answered it.</summary>
    public AssetStatus Status { get; init; }

    /// <summary>The asset's URL; pass it to an <c>imageUrl</c> or <c>videoUrl</c> input.</summary>
    public string? Url { get; init; }

    /// <summary>The workspace that owns the asset.</summary>
    public string? WorkspaceId { get; init; }

    /// <summary>The project whose canvas the asset is on, if any.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The canvas node the asset belongs to, if any.</summary>
    public string? NodeId { get; init; }

    /// <summary>The asset's name.</summary>
    public string? Name { get; init; }

    /// <summary>The asset's description.</summary>
    public string? Description { get; init; }

    /// <summary>The asset's content type.</summary>
    public string? ContentType { get; init; }

    /// <summary>The content type given at upload time.</summary>
    public string? UploadContentType { get; init; }

    /// <summary>How the asset arrived: <c>direct</c>, <c>signed_url</c> or <c>url</c>.</summary>
    public string? UploadedVia { get; init; }

    /// <summary>The asset's visibility.</summary>
    public string? Visibility { get; init; }

    /// <summary>Why the asset failed, when <see cref="Status"/> is <c>failed</c>.</summary>
    public string? FailureMessage { get; init; }

    /// <summary>The stored size in bytes.</summary>
    public long? SizeBytes { get; init; }

    /// <summary>The width in pixels, for images and videos.</summary>
    public int? Width { get; init; }

    /// <summary>The height in pixels, for images and videos.</summary>
    public int? Height { get; init; }

    /// <summary>When the asset was created: retrieve's ISO time, or the list's number read as Unix seconds (below 1e11) or milliseconds.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the upload reservation expires, when a create or retry answered one.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Where the bytes go, when a create or retry answered a signed upload.</summary>
    public Upload? Upload { get; init; }

    /// <summary>The signed upload URL in the guide's older shape, when FLORA sent it.</summary>
    public string? UploadUrl { get; init; }

    /// <summary>
    /// This asset updated by a later answer about it: each field the later answer carries wins, and a field it lacks
    /// keeps its earlier value (nothing is blanked). Unknown fields merge the same way.
    /// </summary>
    internal Asset With(Asset later)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in AdditionalProperties)
        {
            fields[name] = value;
        }

        foreach (var (name, value) in later.AdditionalProperties)
        {
            fields[name] = value;
        }

        return new Asset
        {
            AssetId = later.AssetId.Length > 0 ? later.AssetId : AssetId,
            Status = later.Status.ToString().Length > 0 ? later.Status : Status,
            Url = later.Url ?? Url,
            WorkspaceId = later.WorkspaceId ?? WorkspaceId,
            ProjectId = later.ProjectId ?? ProjectId,
            NodeId = later.NodeId ?? NodeId,
            Name = later.Name ?? Name,
            Description = later.Description ?? Description,
            ContentType = later.ContentType ?? ContentType,
            UploadContentType = later.UploadContentType ?? UploadContentType,
            UploadedVia = later.UploadedVia ?? UploadedVia,
            Visibility = later.Visibility ?? Visibility,
            FailureMessage = later.FailureMessage ?? FailureMessage,
            SizeBytes = later.SizeBytes ?? SizeBytes,
            Width = later.Width ?? Width,
            Height = later.Height ?? Height,
            CreatedAt = later.CreatedAt ?? CreatedAt,
            ExpiresAt = later.ExpiresAt ?? ExpiresAt,
            Upload = later.Upload ?? Upload,
            UploadUrl = later.UploadUrl ?? UploadUrl,
            AdditionalProperties = fields,
        };
    }

    /// <summary>A field FLORA documents as always present reads <c>""</c> when missing; on an asset that is "not answered".</summary>
    internal static string? Answered(string value) => value.Length == 0 ? null : value;
}
