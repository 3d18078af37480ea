namespace Flora.Sdk.Models;

/// <summary>
/// The shape shared by the responses of create, complete and retry: an asset with, while it waits for bytes,
/// its upload instructions.
/// </summary>
public abstract record AssetUploadState
{
    /// <summary>The asset identifier, for example <c>asset_abc123</c>.</summary>
    public string AssetId { get; init; } = string.Empty;

    /// <summary>The asset's lifecycle state.</summary>
    public AssetStatus Status { get; init; }

    /// <summary>The asset's URL; keep it to pass the asset to an <c>imageUrl</c> or <c>videoUrl</c> input.</summary>
    public string? Url { get; init; }

    /// <summary>Who can see the asset, <c>workspace</c>.</summary>
    public string? Visibility { get; init; }

    /// <summary>The workspace that owns the asset.</summary>
    public string? WorkspaceId { get; init; }

    /// <summary>When the upload instructions expire.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Why the asset failed, when <see cref="Status"/> is <c>failed</c>.</summary>
    public string? FailureMessage { get; init; }

    /// <summary>Where and how to upload the bytes, while the asset is <c>pending_upload</c>.</summary>
    public Upload? Upload { get; init; }

    /// <summary>The upload URL in serialized form; used with <c>PUT</c> when no <see cref="Upload"/> block is sent.</summary>
    public string? UploadUrl { get; init; }
}
