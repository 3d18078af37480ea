namespace Flora.Sdk.Testing.Server;

/// <summary>The mutable state of one asset; guarded by <see cref="EmulatorState.Gate"/>.</summary>
internal sealed class AssetRecord
{
    public const string PendingUpload = "pending_upload";
    public const string Ready = "ready";
    public const string Failed = "failed";
    public const string Processing = "processing";

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

    public DateTimeOffset? ReadyAt { get; set; }

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

    /// <summary>Moves a <c>processing</c> asset to <c>ready</c> once its processing time has passed.</summary>
    public void Refresh(DateTimeOffset now)
    {
        if (Status == Processing && ReadyAt is { } readyAt && now >= readyAt)
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
    };
}
