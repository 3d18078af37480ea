using System.Security.Cryptography;

namespace Flora.Sdk.Testing;

/// <summary>Settings of a <see cref="FloraEmulator"/>.</summary>
public sealed class FloraEmulatorOptions
{
    /// <summary>The API key the emulator accepts by default: public, so meant for in-process tests, not for a shared server.</summary>
    public const string DefaultApiKey = "sk_test_flora_emulator";

    /// <summary>The largest upload the emulator takes by default: 5 GiB.</summary>
    public const long DefaultMaxUploadBytes = 5L * 1024 * 1024 * 1024;

    /// <summary>The workspace id the emulator hands out by default.</summary>
    public const string DefaultWorkspaceId = "ws_emulator";

    /// <summary>The project id of the project the emulator seeds by default.</summary>
    public const string DefaultProjectId = "prj_emulator";

    /// <summary>The project folder id the emulator prints at startup (<see cref="FloraEmulator.FolderId"/>); any <c>fld_</c> id is accepted.</summary>
    public const string DefaultFolderId = "fld_emulator";

    /// <summary>The TCP port to listen on, on 127.0.0.1 only.</summary>
    /// <value>Defaults to 0: a free port chosen by the operating system.</value>
    public int Port { get; set; }

    /// <summary>
    /// The only API key accepted as <c>Authorization: Bearer</c>. The default is documented, so anyone on the machine
    /// knows it: for an emulator that outlives a test or that other processes use, set <see cref="CreateRandomApiKey"/>.
    /// </summary>
    /// <value>Defaults to <see cref="DefaultApiKey"/>.</value>
    public string ApiKey { get; set; } = DefaultApiKey;

    /// <summary>The workspace id given to samples and tests (<see cref="FloraEmulator.WorkspaceId"/>); any <c>ws_</c> id is accepted.</summary>
    /// <value>Defaults to <see cref="DefaultWorkspaceId"/>.</value>
    public string WorkspaceId { get; set; } = DefaultWorkspaceId;

    /// <summary>The project id given to samples and tests (<see cref="FloraEmulator.ProjectId"/>), seeded in <see cref="WorkspaceId"/> when <see cref="Projects"/> is empty.</summary>
    /// <value>Defaults to <see cref="DefaultProjectId"/>.</value>
    public string ProjectId { get; set; } = DefaultProjectId;

    /// <summary>The workspaces <c>GET /workspaces</c> lists, in order.</summary>
    /// <value>Defaults to empty: one workspace, <see cref="WorkspaceId"/>, named "Emulator workspace", role <c>owner</c>.</value>
    public IList<EmulatedWorkspace> Workspaces { get; private set; } = [];

    /// <summary>The projects <c>GET /projects</c> lists; a create or attach naming another <c>prj_</c> id adds it.</summary>
    /// <value>Defaults to empty: one project, <see cref="ProjectId"/>, in <see cref="WorkspaceId"/>.</value>
    public IList<EmulatedProject> Projects { get; private set; } = [];

    /// <summary>
    /// Whether <c>POST /assets</c> takes <c>multipart/form-data</c> with the bytes (FLORA's direct path, up to 4 MiB).
    /// Turn it off to play a server without it: such a create is then refused with 415, as a client's fallback expects.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool DirectUploads { get; set; } = true;

    /// <summary>
    /// How long a request body may deliver less than 240 bytes a second (a stalled or slow-drip body) before the emulator
    /// gives up on it and answers 408 in FLORA's error envelope.
    /// </summary>
    /// <value>Defaults to 5 seconds, Kestrel's own grace period.</value>
    public TimeSpan RequestBodyTimeout { get; set; } = TimeSpan.FromSeconds(5);

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
    /// traffic and is ready at once (after <see cref="ProcessingTime"/>, when set); any other host is refused with 400 <c>input_validation_error</c>.
    /// </summary>
    /// <value>Defaults to <c>media.flora.ai</c>.</value>
    public ISet<string> AllowlistedHosts { get; private set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "media.flora.ai" };

    /// <summary>The page size of <c>GET /assets</c> when no <c>limit</c> is given.</summary>
    /// <value>Defaults to 20.</value>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>
    /// How long an asset is processed before it is <c>ready</c>, on <see cref="TimeProvider"/>'s clock, counted from the
    /// arrival of its content: a signed upload's complete, a direct (multipart) create, or a URL create. Use it to
    /// exercise <c>WaitForReadyAsync</c>. Meanwhile it reads <c>pending_upload</c>, as FLORA documents no other status.
    /// </summary>
    /// <value>Defaults to zero: complete, a direct create and a URL create make the asset ready at once.</value>
    public TimeSpan ProcessingTime { get; set; }

    /// <summary>
    /// Whether uploaded bytes are kept, in temporary files deleted when the emulator stops, and served (without an API
    /// key, like a CDN) at each asset's <c>url</c>. Without it the emulator keeps only their length and SHA-256.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool StoreUploads { get; set; }

    /// <summary>
    /// The most bytes one upload may carry, on the signed upload target (POST or PUT) and on a direct create (which
    /// also keeps FLORA's 4 MiB direct limit). A larger upload is refused with 413 <c>input_validation_error</c> as soon
    /// as its declared length or its bytes pass the cap; nothing beyond the cap is read into memory or stored.
    /// </summary>
    /// <value>Defaults to <see cref="DefaultMaxUploadBytes"/> (5 GiB).</value>
    public long MaxUploadBytes { get; set; } = DefaultMaxUploadBytes;

    /// <summary>Which upload instructions create and retry hand out; the upload target accepts both forms either way.</summary>
    /// <value>Defaults to <see cref="EmulatorUploadMethod.MultipartPost"/>, as FLORA documents.</value>
    public EmulatorUploadMethod UploadMethod { get; set; }

    /// <summary>Whether the request log keeps entries; turn off for long-running standalone servers.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool RecordRequests { get; set; } = true;

    /// <summary>
    /// The secret run webhooks are signed with (<c>Flora-Signature</c>: HMAC-SHA256 over <c>"&lt;t&gt;.&lt;body&gt;"</c>),
    /// as FLORA signs them with a workspace's <c>whsec_</c> secret. Verify deliveries with the same value.
    /// </summary>
    /// <value>Defaults to null: a random <c>whsec_</c> secret per start, read from <see cref="FloraEmulator.WebhookSecret"/>.</value>
    public string? WebhookSecret { get; set; }

    /// <summary>
    /// How long a failed webhook delivery (a network error or a non-2xx answer) waits before its first retry, on
    /// <see cref="TimeProvider"/>'s clock; the second and third retries wait twice and four times as long.
    /// </summary>
    /// <value>Defaults to one second.</value>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Makes a fresh random key (<c>sk_test_flora_emulator_</c> and 32 hex digits, 128 random bits), for an emulator
    /// other processes reach: the standalone servers use one per start unless they are given a key.
    /// </summary>
    /// <returns>The key.</returns>
    public static string CreateRandomApiKey() =>
        DefaultApiKey + "_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <summary>A copy taken at start, so that changing these options later cannot race with the running server.</summary>
    internal FloraEmulatorOptions Snapshot()
    {
        var copy = (FloraEmulatorOptions)MemberwiseClone();
        copy.AllowlistedHosts = new HashSet<string>(AllowlistedHosts, StringComparer.OrdinalIgnoreCase);
        copy.Workspaces = [.. Workspaces];
        copy.Projects = [.. Projects];
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

        RequirePrefix(ProjectId, "prj_", nameof(ProjectId));
        foreach (var workspace in Workspaces)
        {
            ArgumentNullException.ThrowIfNull(workspace, nameof(Workspaces));
            RequirePrefix(workspace.WorkspaceId, "ws_", nameof(Workspaces));
        }

        foreach (var project in Projects)
        {
            ArgumentNullException.ThrowIfNull(project, nameof(Projects));
            RequirePrefix(project.ProjectId, "prj_", nameof(Projects));
            RequirePrefix(project.WorkspaceId, "ws_", nameof(Projects));
        }

        if (Projects.Select(p => p.ProjectId).Distinct(StringComparer.Ordinal).Count() != Projects.Count)
        {
            throw new ArgumentException("Projects lists a project id twice; give each project its own prj_ id.", nameof(Projects));
        }

        // Kestrel's rate check runs once a second, so a shorter grace could not be honoured.
        ArgumentOutOfRangeException.ThrowIfLessThan(RequestBodyTimeout, TimeSpan.FromSeconds(2), nameof(RequestBodyTimeout));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ReservationLifetime, TimeSpan.Zero, nameof(ReservationLifetime));
        ArgumentOutOfRangeException.ThrowIfLessThan(IdempotencyWindow, TimeSpan.Zero, nameof(IdempotencyWindow));
        ArgumentOutOfRangeException.ThrowIfLessThan(DefaultPageSize, 1, nameof(DefaultPageSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(DefaultPageSize, 100, nameof(DefaultPageSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(ProcessingTime, TimeSpan.Zero, nameof(ProcessingTime));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxUploadBytes, 1, nameof(MaxUploadBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(WebhookRetryDelay, TimeSpan.Zero, nameof(WebhookRetryDelay));
        if (WebhookSecret is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(WebhookSecret, nameof(WebhookSecret));
        }
    }

    private static void RequirePrefix(string? id, string prefix, string name)
    {
        if (string.IsNullOrWhiteSpace(id) || !id.StartsWith(prefix, StringComparison.Ordinal) || id.Length == prefix.Length || id.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"{name}: '{id}' is not a FLORA id; it must start with '{prefix}' and hold no whitespace.", name);
        }
    }
}
