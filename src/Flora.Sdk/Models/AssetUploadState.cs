namespace Flora.Sdk.Models;

/// <summary>
/// The fields create, complete and retry share, with the same nullability in all three: an asset with, while it
/// waits for bytes, its upload instructions. <c>Url</c> and <c>WorkspaceId</c> are on each response, because FLORA
/// documents them as always present on create only.
/// </summary>
public abstract record AssetUploadState : FloraObject
{
    private readonly string? _assetId;

    /// <summary>The asset identifier, for example <c>asset_abc123</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string AssetId
    {
        get => _assetId ?? string.Empty;
        init => _assetId = value;
    }

    /// <summary>The asset's lifecycle state.</summary>
    public AssetStatus Status { get; init; }

    private readonly string? _visibility;

    /// <summary>Who can see the asset, <c>workspace</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Visibility
    {
        get => _visibility ?? string.Empty;
        init => _visibility = value;
    }

    /// <summary>When the upload instructions expire.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Why the asset failed, when <see cref="Status"/> is <c>failed</c>.</summary>
    public string? FailureMessage { get; init; }

    /// <summary>Where and how to upload the bytes, while the asset is <c>pending_upload</c>.</summary>
    public Upload? Upload { get; init; }

    /// <summary>The upload URL in serialized form; used with <c>PUT</c> when no <see cref="Upload"/> block is sent.</summary>
    public string? UploadUrl { get; init; }

    /// <summary>This answer as an <see cref="Asset"/>, without losing a field.</summary>
    /// <returns>The asset; a field FLORA left out is <see langword="null"/>.</returns>
    public abstract Asset ToAsset();

    /// <summary>This answer as an <see cref="Asset"/>, with the fields only the derived answer carries.</summary>
    private protected Asset ToAsset(string? url, string? workspaceId, string? uploadedVia) => new()
    {
        AssetId = AssetId,
        Status = Status,
        Url = url,
        WorkspaceId = workspaceId,
        UploadedVia = uploadedVia,
        Visibility = Asset.Answered(Visibility),
        ExpiresAt = ExpiresAt,
        FailureMessage = FailureMessage,
        Upload = Upload,
        UploadUrl = UploadUrl,
        AdditionalProperties = AdditionalProperties,
    };
}
