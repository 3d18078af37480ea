using Flora.Sdk.Models;

namespace Flora.Sdk.Uploads;

/// <summary>
/// One upload, described once by its entry point (stream, file or URL) and read by every path. Positional on purpose:
/// a field added here does not compile until each entry point fills it.
/// </summary>
/// <param name="WorkspaceId">The workspace that owns the asset.</param>
/// <param name="FileName">The asset's file name; <see langword="null"/> only for a URL whose name says nothing.</param>
/// <param name="ContentType">The content type, resolved and checked; <see langword="null"/> only when FLORA decides (a URL).</param>
/// <param name="Folder">The destination folder.</param>
/// <param name="ProjectId">The project whose canvas the asset is placed on.</param>
/// <param name="Path">How the bytes travel.</param>
/// <param name="Progress">Receives the cumulative bytes sent.</param>
/// <param name="WaitForReady">Whether the call returns only once the asset is ready.</param>
/// <param name="ReadyTimeout">How long a wait for ready may take; <see langword="null"/> for the default.</param>
internal sealed record UploadRequest(
    string WorkspaceId,
    string? FileName,
    string? ContentType,
    string? Folder,
    string? ProjectId,
    AssetUploadPath Path,
    IProgress<long>? Progress,
    bool WaitForReady,
    TimeSpan? ReadyTimeout)
{
    public static UploadRequest From(AssetUploadParams parameters, string contentType) => new(
        parameters.WorkspaceId, parameters.FileName, contentType, parameters.Folder, parameters.ProjectId, parameters.UploadPath, parameters.Progress,
        parameters.WaitForReady, parameters.ReadyTimeout);

    public static UploadRequest From(AssetFileUploadParams parameters, string fileName, string contentType) => new(
        parameters.WorkspaceId, fileName, contentType, parameters.Folder, parameters.ProjectId, parameters.UploadPath, parameters.Progress,
        parameters.WaitForReady, parameters.ReadyTimeout);

    /// <summary>A URL upload always waits: FLORA fetches the bytes after the create answers.</summary>
    public static UploadRequest From(AssetUrlUploadParams parameters, string? fileName, string? contentType) => new(
        parameters.WorkspaceId, fileName, contentType, parameters.Folder, parameters.ProjectId, AssetUploadPath.Auto, Progress: null,
        WaitForReady: true, parameters.ReadyTimeout);

    /// <summary>The create call of this upload, from <paramref name="source"/> (<c>signed-url</c> or the URL FLORA fetches).</summary>
    public AssetCreateParams CreateParams(string source) => new()
    {
        Source = source,
        WorkspaceId = WorkspaceId,
        FileName = FileName,
        ContentType = ContentType,
        Folder = Folder,
        ProjectId = ProjectId,
    };
}
