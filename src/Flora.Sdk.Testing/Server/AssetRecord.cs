namespace Flora.Sdk.Testing.Server;

/// <summary>The mutable state of one asset; guarded by <see cref="EmulatorState.Gate"/>.</summary>
internal sealed class AssetRecord
{
    public const string PendingUpload = "pending_upload";
    public const string Ready = "ready";
    public const string Failed = "failed";

    /// <summary>The <c>uploaded_via</c> of a signed upload.</summary>
    public const string ViaSignedUrl = "signed_url";

    /// <summary>The <c>uploaded_via</c> of a server-side fetch.</summary>
    public const string ViaUrl = "url";

    /// <summary>The <c>uploaded_via</c> of a multipart create that carried the bytes.</summary>
    public const string ViaDirect = "direct";

    public required string AssetId { get; init; }

    public required long Sequence { get; init; }

    public required string WorkspaceId { get; init; }

    public required string Source { get; init; }

    public required string UploadedVia { get; init; }

    public required string Url { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string? FileName { get; init; }

    public string? ContentType { get; init; }

    public string? Folder { get; init; }

    public string Status { get; set; } = PendingUpload;

    public UploadReservation? Reservation { get; set; }

    /// <summary>
    /// When a completed asset's processing ends. While it is set the asset is being processed: still
    /// <c>pending_upload</c> on the wire (FLORA documents no other status), but no longer taking bytes.
    /// </summary>
    public DateTimeOffset? ReadyAt { get; set; }

    public bool IsProcessing => ReadyAt is not null;

    public long? UploadedBytes { get; set; }

    public string? Sha256 { get; set; }

    public string? UploadContentType { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public int UploadCount { get; set; }

    public int ReservationCount { get; set; }

    public bool UploadCarriedAuthorization { get; set; }

    public string? FailureMessage { get; set; }

    /// <summary>Where the uploaded bytes are kept, when <see cref="FloraEmulatorOptions.StoreUploads"/> is on.</summary>
    public string? ContentPath { get; set; }

    public List<string> ProjectIds { get; } = [];

    /// <summary>The asset's canvas node per project it was placed on.</summary>
    public Dictionary<string, string> NodeIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Makes a completed asset <c>ready</c> once its processing time has passed.</summary>
    public void Refresh(DateTimeOffset now)
    {
        if (Status == PendingUpload && ReadyAt is { } readyAt && now >= readyAt)
        {
            Status = Ready;
            ReadyAt = null;
        }
    }

    public EmulatedAsset Snapshot() => new()
    {
        AssetId = AssetId,
        WorkspaceId = WorkspaceId,
        Status = Status,
        Source = Source,
        UploadedVia = UploadedVia,
        FileName = FileName,
        ContentType = ContentType,
        UploadContentType = UploadContentType,
        Folder = Folder,
        CreatedAt = CreatedAt,
        ExpiresAt = Status == PendingUpload ? Reservation?.ExpiresAt : null,
        UploadedBytes = UploadedBytes,
        Sha256 = Sha256,
        Width = Width,
        Height = Height,
        UploadCount = UploadCount,
        ReservationCount = ReservationCount,
        UploadCarriedAuthorization = UploadCarriedAuthorization,
        FailureMessage = FailureMessage,
        ProjectIds = [.. ProjectIds],
        IsProcessing = IsProcessing,
    };
}
