namespace Flora.Sdk.Models;

/// <summary>What <see cref="AssetServiceBatchExtensions.UploadManyAsync"/> applies to every item of a batch.</summary>
public sealed record AssetBatchUploadParams
{
    /// <summary>The workspace that owns the assets; starts with <c>ws_</c>.</summary>
    public required string WorkspaceId { get; init; }

    /// <summary>A project (<c>prj_…</c>) whose canvas every asset of the batch is also placed on, at creation.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The destination folder of items that name none.</summary>
    public string? Folder { get; init; }

    /// <summary>The content type of items that name none; when null, each is inferred from its file name.</summary>
    public string? ContentType { get; init; }

    /// <summary>How every item's bytes travel; <see cref="AssetUploadPath.Auto"/> picks by each item's size.</summary>
    /// <value><see cref="AssetUploadPath.Auto"/>: direct for a known length of at most 4 MiB, signed otherwise.</value>
    public AssetUploadPath UploadPath { get; init; }

    /// <summary>
    /// Sends each item's content type even when it is not one of the types FLORA documents (see
    /// <see cref="AssetContentTypes.Allowed"/>), for a type FLORA accepts but this SDK does not know yet.
    /// </summary>
    /// <value><see langword="false"/>: an item of a type outside FLORA's list fails with an <see cref="ArgumentException"/>, nothing sent.</value>
    public bool AllowUnknownContentType { get; init; }

    /// <summary>How many items upload at once.</summary>
    /// <value>Defaults to 4; 1 to 64.</value>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>When <see langword="true"/>, an item's result comes only once its asset is <c>ready</c>.</summary>
    public bool WaitForReady { get; init; }

    /// <summary>Receives a snapshot of the batch each time an item starts, sends bytes or finishes.</summary>
    public IProgress<AssetBatchUploadProgress>? Progress { get; init; }

    /// <summary>How long <see cref="WaitForReady"/> waits for the asset to be <c>ready</c> before it throws <see cref="FloraAssetNotReadyException"/>.</summary>
    /// <value>2 minutes when not set; <see cref="Timeout.InfiniteTimeSpan"/> waits without limit.</value>
    public TimeSpan? ReadyTimeout { get; init; }
}
