namespace Flora.Sdk.Testing;

/// <summary>Settings of a <see cref="FloraEmulator"/>.</summary>
public sealed class FloraEmulatorOptions
{
    /// <summary>The API key the emulator accepts by default.</summary>
    public const string DefaultApiKey = "sk_test_flora_emulator";

    /// <summary>The workspace id the emulator hands out by default.</summary>
    public const string DefaultWorkspaceId = "ws_emulator";

    /// <summary>The TCP port to listen on, on 127.0.0.1 only.</summary>
    /// <value>Defaults to 0: a free port chosen by the operating system.</value>
    public int Port { get; set; }

    /// <summary>The only API key accepted as <c>Authorization: Bearer</c>.</summary>
    /// <value>Defaults to <see cref="DefaultApiKey"/>.</value>
    public string ApiKey { get; set; } = DefaultApiKey;

    /// <summary>The workspace id given to samples and tests (<see cref="FloraEmulator.WorkspaceId"/>); any <c>ws_</c> id is accepted.</summary>
    /// <value>Defaults to <see cref="DefaultWorkspaceId"/>.</value>
    public string WorkspaceId { get; set; } = DefaultWorkspaceId;

    /// <summary>The clock for reservation expiry, the idempotency window and timestamps; tests pass a fake to move time.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>How long an upload reservation (created or renewed by retry) accepts bytes.</summary>
    /// <value>Defaults to one hour.</value>
    public TimeSpan ReservationLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a used <c>Idempotency-Key</c> is remembered; a reuse within it answers 409 <c>idempotency_duplicate</c>.</summary>
    /// <value>Defaults to two hours, as FLORA documents.</value>
    public TimeSpan IdempotencyWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// Hosts whose <c>https</c> URLs are accepted as <c>source</c>. Such an asset is "fetched" without any network
    /// traffic and is ready at once; any other host is refused with 400 <c>input_validation_error</c>.
    /// </summary>
    /// <value>Defaults to <c>media.flora.ai</c>.</value>
    public ISet<string> AllowlistedHosts { get; private set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "media.flora.ai" };

    /// <summary>The page size of <c>GET /assets</c> when no <c>limit</c> is given.</summary>
    /// <value>Defaults to 20.</value>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>
    /// How long a completed asset stays in the (undocumented) <c>processing</c> status before it is <c>ready</c>, on
    /// <see cref="TimeProvider"/>'s clock; use it to exercise <c>WaitForReadyAsync</c>.
    /// </summary>
    /// <value>Defaults to zero: complete makes the asset ready at once.</value>
    public TimeSpan ProcessingTime { get; set; }

    /// <summary>
    /// Whether uploaded bytes are kept, in temporary files deleted when the emulator stops, and served (without an API
    /// key, like a CDN) at each asset's <c>url</c>. Without it the emulator keeps only their length and SHA-256.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool StoreUploads { get; set; }

    /// <summary>Whether the request log keeps entries; turn off for long-running standalone servers.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool RecordRequests { get; set; } = true;

    /// <summary>A copy taken at start, so that changing these options later cannot race with the running server.</summary>
    internal FloraEmulatorOptions Snapshot()
    {
        var copy = (FloraEmulatorOptions)MemberwiseClone();
        copy.AllowlistedHosts = new HashSet<string>(AllowlistedHosts, StringComparer.OrdinalIgnoreCase);
        return copy;
    }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Port, 0, nameof(Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535, nameof(Port));
        ArgumentException.ThrowIfNullOrWhiteSpace(ApiKey, nameof(ApiKey));
        ArgumentException.ThrowIfNullOrWhiteSpace(WorkspaceId, nameof(WorkspaceId));
        if (!WorkspaceId.StartsWith("ws_", StringComparison.Ordinal))
        {
            throw new ArgumentException("WorkspaceId must start with 'ws_', as FLORA's workspace ids do.", nameof(WorkspaceId));
        }

        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ReservationLifetime, TimeSpan.Zero, nameof(ReservationLifetime));
        ArgumentOutOfRangeException.ThrowIfLessThan(IdempotencyWindow, TimeSpan.Zero, nameof(IdempotencyWindow));
        ArgumentOutOfRangeException.ThrowIfLessThan(DefaultPageSize, 1, nameof(DefaultPageSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(DefaultPageSize, 100, nameof(DefaultPageSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(ProcessingTime, TimeSpan.Zero, nameof(ProcessingTime));
    }
}
