namespace Flora.Sdk.Models;

/// <summary>What <see cref="IAssetService.UploadFromUrlAsync"/> needs besides the URL FLORA fetches.</summary>
public sealed record AssetUrlUploadParams
{
    /// <summary>The workspace that owns the asset; starts with <c>ws_</c>.</summary>
    public required string WorkspaceId { get; init; }

    /// <summary>The asset's file name; the URL's last path segment when not set.</summary>
    public string? FileName { get; init; }

    /// <summary>The content type; inferred from the file name's extension when not set (and left to FLORA when it has none it knows).</summary>
    public string? ContentType { get; init; }

    /// <summary>The destination folder.</summary>
    public string? Folder { get; init; }

    /// <summary>A project (<c>prj_…</c>) whose canvas the asset is also placed on.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Sends <see cref="ContentType"/> even when it is not in <see cref="AssetContentTypes.Allowed"/>.</summary>
    /// <value><see langword="false"/>: a type outside FLORA's list is refused before anything is sent.</value>
    public bool AllowUnknownContentType { get; init; }

    /// <summary>How long to wait for the fetched asset to be <c>ready</c> before it throws <see cref="FloraAssetNotReadyException"/>.</summary>
    /// <value>2 minutes when not set; <see cref="Timeout.InfiniteTimeSpan"/> waits without limit.</value>
    public TimeSpan? ReadyTimeout { get; init; }
}
