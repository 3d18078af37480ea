using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// The fields FLORA documents for an asset, declared once: <see cref="Asset"/> and every per-endpoint asset record
/// (create, complete, retry, retrieve, list) derive from it, so each has them with the same JSON names and converts to
/// an <see cref="Asset"/> with <see cref="ToAsset"/> without losing one. A field an endpoint does not send is
/// <see langword="null"/> on its record.
/// </summary>
/// <remarks>
/// The fields whose documented type differs by endpoint (<c>asset_id</c>, <c>url</c>, <c>workspace_id</c>,
/// <c>content_type</c>, <c>uploaded_via</c>, <c>visibility</c>, <c>created_at</c>) are kept here once too; each record
/// declares its own view of them, with its endpoint's nullability. Each field's <c>JsonPropertyOrder</c> is its place
/// in <see cref="Asset"/>'s order, so every record writes them in one order; a field added without one is written last.
/// </remarks>
public abstract record AssetFields : FloraObject
{
    // One stored value per field with a per-endpoint view; a documented always-present string that was left out (or
    // sent empty) is stored as null, so an Asset reads it as "not answered".
    private protected string? _assetId;
    private protected string? _url;
    private protected string? _workspaceId;
    private protected string? _contentType;
    private protected string? _uploadedVia;
    private protected string? _visibility;
    private protected DateTimeOffset? _createdAt;

    private protected AssetFields()
    {
    }

    /// <summary><paramref name="earlier"/> updated by <paramref name="later"/>: each field <paramref name="later"/> has wins, none is blanked.</summary>
    private protected AssetFields(AssetFields earlier, AssetFields later)
    {
        _assetId = string.IsNullOrEmpty(later._assetId) ? earlier._assetId : later._assetId;
        _url = later._url ?? earlier._url;
        _workspaceId = later._workspaceId ?? earlier._workspaceId;
        _contentType = later._contentType ?? earlier._contentType;
        _uploadedVia = later._uploadedVia ?? earlier._uploadedVia;
        _visibility = later._visibility ?? earlier._visibility;
        _createdAt = later._createdAt ?? earlier._createdAt;
        Status = later.Status.ToString().Length > 0 ? later.Status : earlier.Status;
        ProjectId = later.ProjectId ?? earlier.ProjectId;
        NodeId = later.NodeId ?? earlier.NodeId;
        Name = later.Name ?? earlier.Name;
        Description = later.Description ?? earlier.Description;
        UploadContentType = later.UploadContentType ?? earlier.UploadContentType;
        FailureMessage = later.FailureMessage ?? earlier.FailureMessage;
        SizeBytes = later.SizeBytes ?? earlier.SizeBytes;
        Width = later.Width ?? earlier.Width;
        Height = later.Height ?? earlier.Height;
        ExpiresAt = later.ExpiresAt ?? earlier.ExpiresAt;
        Upload = later.Upload ?? earlier.Upload;
        UploadUrl = later.UploadUrl ?? earlier.UploadUrl;
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in earlier.AdditionalProperties.Concat(later.AdditionalProperties))
        {
            fields[name] = value;
        }

        AdditionalProperties = fields;
    }

    /// <summary>The asset's lifecycle state.</summary>
    [JsonPropertyOrder(-19)]
    public AssetStatus Status { get; init; }

    /// <summary>The project whose canvas the asset is on, if any.</summary>
    [JsonPropertyOrder(-16)]
    public string? ProjectId { get; init; }

    /// <summary>The canvas node the asset belongs to, if any.</summary>
    [JsonPropertyOrder(-15)]
    public string? NodeId { get; init; }

    /// <summary>The asset's name.</summary>
    [JsonPropertyOrder(-14)]
    public string? Name { get; init; }

    /// <summary>The asset's description.</summary>
    [JsonPropertyOrder(-13)]
    public string? Description { get; init; }

    /// <summary>The content type given at upload time.</summary>
    [JsonPropertyOrder(-11)]
    public string? UploadContentType { get; init; }

    /// <summary>Why the asset failed, when <see cref="Status"/> is <c>failed</c>.</summary>
    [JsonPropertyOrder(-8)]
    public string? FailureMessage { get; init; }

    /// <summary>The stored size in bytes.</summary>
    [JsonConverter(typeof(LenientInt64Converter))]
    [JsonPropertyOrder(-7)]
    public long? SizeBytes { get; init; }

    /// <summary>The width in pixels, for images and videos.</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    [JsonPropertyOrder(-6)]
    public int? Width { get; init; }

    /// <summary>The height in pixels, for images and videos.</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    [JsonPropertyOrder(-5)]
    public int? Height { get; init; }

    /// <summary>When the upload instructions expire, when a create or retry answered them.</summary>
    [JsonPropertyOrder(-3)]
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Where and how to upload the bytes, while the asset is <c>pending_upload</c>.</summary>
    [JsonPropertyOrder(-2)]
    public Upload? Upload { get; init; }

    /// <summary>The upload URL in serialized form; used with <c>PUT</c> when no <see cref="Upload"/> block is sent.</summary>
    [JsonPropertyOrder(-1)]
    public string? UploadUrl { get; init; }

    /// <summary>This answer as an <see cref="Asset"/>, without losing a field.</summary>
    /// <returns>The asset; a field FLORA left out is <see langword="null"/>.</returns>
    public Asset ToAsset() => new(this);

    /// <summary>What a view of a documented always-present string stores: <see langword="null"/> for a missing or empty one.</summary>
    private protected static string? Answered(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
