namespace Flora.Sdk.Models;

/// <summary>Optional settings of <see cref="IAssetService.DownloadAsync"/> and <see cref="IAssetService.DownloadFileAsync"/>.</summary>
public sealed record AssetDownloadParams
{
    /// <summary>
    /// Receives the cumulative number of bytes written to the destination. It goes back to 0 when the host ignores a
    /// resume and the download starts over.
    /// </summary>
    public IProgress<long>? Progress { get; init; }
}
