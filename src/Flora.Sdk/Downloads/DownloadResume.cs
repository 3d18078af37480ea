using System.Net.Http.Headers;

namespace Flora.Sdk.Downloads;

/// <summary>
/// Where one download stands: the asset's bytes already in the destination and the validator (<c>ETag</c>) the host
/// gave them. <see cref="ByteDownload"/> keeps it current, so a partial file kept for a later run records both.
/// </summary>
internal sealed class DownloadResume
{
    /// <summary>The asset's bytes in the destination.</summary>
    public long Written { get; set; }

    /// <summary>The host's <c>ETag</c> for those bytes, sent back as <c>If-Range</c> when resuming; null when it gave none.</summary>
    public EntityTagHeaderValue? ETag { get; set; }
}
