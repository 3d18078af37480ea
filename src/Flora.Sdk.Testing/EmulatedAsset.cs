namespace Flora.Sdk.Testing;

/// <summary>A snapshot of one asset the emulator holds, for assertions in tests.</summary>
public sealed record EmulatedAsset
{
    /// <summary>The asset id (<c>asset_…</c>).</summary>
    public required string AssetId { get; init; }

    /// <summary>The workspace it was created in.</summary>
    public required string WorkspaceId { get; init; }

    /// <summary>
    /// The wire status: <c>pending_upload</c>, <c>ready</c> or <c>failed</c>, FLORA's documented three. A completed asset
    /// stays <c>pending_upload</c> while <see cref="FloraEmulatorOptions.ProcessingTime"/> runs (see <see cref="IsProcessing"/>).
    /// </summary>
    public required string Status { get; init; }

    /// <summary>The <c>source</c> it was created with: <c>signed-url</c> or the allowlisted URL.</summary>
    public required string Source { get; init; }

    /// <summary>The wire <c>uploaded_via</c>: <c>signed_url</c>, <c>url</c> or <c>direct</c> (a multipart create that carried the bytes).</summary>
    public required string UploadedVia { get; init; }

    /// <summary>The file name given at creation (or taken from the URL), if any.</summary>
    public string? FileName { get; init; }

    /// <summary>The content type given at creation, or inferred from the file name.</summary>
    public string? ContentType { get; init; }

    /// <summary>The content type of the uploaded file part, if bytes arrived.</summary>
    public string? UploadContentType { get; init; }

    /// <summary>The destination folder given at creation, if any.</summary>
    public string? Folder { get; init; }

    /// <summary>When the asset was created, on the emulator's clock.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the current upload reservation expires, while the asset waits for bytes.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>How many bytes the last accepted upload carried; null until bytes arrive.</summary>
    public long? UploadedBytes { get; init; }

    /// <summary>The lowercase hex SHA-256 of the last accepted upload's bytes; null until bytes arrive.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The width read from an uploaded PNG's header, if the upload was a PNG.</summary>
    public int? Width { get; init; }

    /// <summary>The height read from an uploaded PNG's header, if the upload was a PNG.</summary>
    public int? Height { get; init; }

    /// <summary>How many uploads to this asset were accepted (re-uploads to a live reservation replace the bytes).</summary>
    public int UploadCount { get; init; }

    /// <summary>How many upload reservations were issued (1 at creation, plus one per retry).</summary>
    public int ReservationCount { get; init; }

    /// <summary>Whether any upload request to this asset carried an <c>Authorization</c> header (it never should).</summary>
    public bool UploadCarriedAuthorization { get; init; }

    /// <summary>The failure message, when the asset is <c>failed</c>.</summary>
    public string? FailureMessage { get; init; }

    /// <summary>The projects the asset was placed on (by <c>project_id</c> at create or by attach), in order.</summary>
    public IReadOnlyList<string> ProjectIds { get; init; } = [];

    /// <summary>Whether the asset was completed and is still being processed (it reads <c>pending_upload</c> meanwhile).</summary>
    public bool IsProcessing { get; init; }
}
