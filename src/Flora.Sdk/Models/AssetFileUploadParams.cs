namespace Flora.Sdk.Models;

/// <summary>What <see cref="IAssetService.UploadFileAsync"/> needs beyond the file's path.</summary>
public sealed record AssetFileUploadParams
{
    /// <summary>The workspace that owns the asset; starts with <c>ws_</c>.</summary>
    public required string WorkspaceId { get; init; }

    /// <summary>The asset's file name; the path's file name when not set.</summary>
    public string? FileName { get; init; }

    /// <summary>The content type; inferred from the extension when not set.</summary>
    public string? ContentType { get; init; }

    /// <summary>The destination folder.</summary>
    public string? Folder { get; init; }

    /// <summary>Receives the cumulative number of bytes sent.</summary>
    public IProgress<long>? Progress { get; init; }

    /// <summary>When <see langword="true"/>, the call returns only after the asset is <c>ready</c>.</summary>
    public bool WaitForReady { get; init; }
}
