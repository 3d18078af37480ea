namespace Flora.Sdk.Models;

/// <summary>
/// What every upload of bytes takes, a stream's (<see cref="AssetUploadParams"/>) or a file's
/// (<see cref="AssetFileUploadParams"/>): declared once, so a new upload option is one property here.
/// </summary>
public abstract record AssetUploadParamsBase
{
    /// <summary>The workspace that owns the asset; starts with <c>ws_</c>.</summary>
    public required string WorkspaceId { get; init; }

    /// <summary>The content type; when not set, it is inferred from the file name's extension.</summary>
    public string? ContentType { get; init; }

    /// <summary>The destination folder.</summary>
    public string? Folder { get; init; }

    /// <summary>A project (<c>prj_…</c>) whose canvas the asset is also placed on; list projects to find its id.</summary>
    public string? ProjectId { get; init; }

    /// <summary>How the bytes travel; <see cref="AssetUploadPath.Auto"/> picks by size.</summary>
    /// <value><see cref="AssetUploadPath.Auto"/>: direct for a known length of at most 4 MiB, signed otherwise.</value>
    public AssetUploadPath UploadPath { get; init; }

    /// <summary>
    /// Sends <see cref="ContentType"/> even when it is not one of the types FLORA documents (see
    /// <see cref="AssetContentTypes.Allowed"/>), for a type FLORA accepts but this SDK does not know yet.
    /// </summary>
    /// <value><see langword="false"/>: a type outside FLORA's list is refused before anything is sent.</value>
    public bool AllowUnknownContentType { get; init; }

    /// <summary>Receives the cumulative number of bytes sent to the upload target.</summary>
    public IProgress<long>? Progress { get; init; }

    /// <summary>When <see langword="true"/>, the call returns only after the asset is <c>ready</c> (see <see cref="IAssetService.WaitForReadyAsync(string, TimeSpan?, RequestOptions?, CancellationToken)"/>).</summary>
    public bool WaitForReady { get; init; }

    /// <summary>How long <see cref="WaitForReady"/> waits for the asset to be <c>ready</c> before it throws <see cref="FloraAssetNotReadyException"/>.</summary>
    /// <value>2 minutes when not set; <see cref="Timeout.InfiniteTimeSpan"/> waits without limit.</value>
    public TimeSpan? ReadyTimeout { get; init; }
}
