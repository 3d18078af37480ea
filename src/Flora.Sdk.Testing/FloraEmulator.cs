using Flora.Sdk.Testing.Server;
using Microsoft.AspNetCore.Builder;

namespace Flora.Sdk.Testing;

/// <summary>
/// A local FLORA Assets API: a real HTTP server on 127.0.0.1 that behaves like the documented API (every asset
/// endpoint, signed uploads to a target on the same server, expiry, idempotency keys, cursor paging, validation),
/// with fault injection and state inspection for tests.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await FloraEmulator.StartAsync();
/// var asset = await emulator.Client.Assets.UploadAsync(stream, new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "a.png" });
/// </code>
/// </example>
/// <remarks>
/// Lifecycle errors answer 409 <c>conflict</c>: complete before any bytes arrived, complete of a failed asset, retry of a
/// ready asset, attach of an asset that is not ready. A reused <c>Idempotency-Key</c> on a POST within
/// <see cref="FloraEmulatorOptions.IdempotencyWindow"/> answers 409 <c>idempotency_duplicate</c>; only requests that
/// succeeded use up their key. The upload target answers 403 <c>forbidden</c> for unknown, superseded or expired
/// reservations and for form fields that do not match the ones issued.
/// </remarks>
public sealed class FloraEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;
    private readonly List<FloraClient> _clients = [];
    private readonly Lazy<FloraClient> _client;
    private int _disposed;

    private FloraEmulator(WebApplication app, EmulatorState state, FloraEmulatorFaults faults, Uri origin)
    {
        _app = app;
        _state = state;
        Faults = faults;
        ServerUrl = origin;
        BaseUrl = new Uri(origin, "api/v1/");
        _client = new Lazy<FloraClient>(() => CreateClient(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The API's base URL, for example <c>http://127.0.0.1:5080/api/v1/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The server's root URL, for example <c>http://127.0.0.1:5080/</c>; the upload target lives under <c>/upload/</c>.</summary>
    public Uri ServerUrl { get; }

    /// <summary>The TCP port the server listens on.</summary>
    public int Port => ServerUrl.Port;

    /// <summary>The API key the emulator accepts.</summary>
    public string ApiKey => _state.Options.ApiKey;

    /// <summary>A workspace id to create assets in (any <c>ws_</c> id is accepted).</summary>
    public string WorkspaceId => _state.Options.WorkspaceId;

    /// <summary>A ready client for this emulator, made on first use with <see cref="CreateClient"/> and disposed with the emulator.</summary>
    public FloraClient Client => _client.Value;

    /// <summary>The secret run webhooks are signed with: <see cref="FloraEmulatorOptions.WebhookSecret"/>, or a random <c>whsec_</c> one.</summary>
    public string WebhookSecret => _state.Webhooks.Secret;

    /// <summary>
    /// The ids of the emulator's techniques, in catalog order: <c>tech_emulator_upscale</c> (imageUrl in, the same bytes
    /// out), <c>tech_emulator_caption</c> (imageUrl in, text out), <c>tech_emulator_text_to_image</c> (text in, SVG out) and
    /// <c>tech_emulator_always_fail</c> (every run fails).
    /// </summary>
    public static IReadOnlyList<string> TechniqueIds { get; } = [.. TechniqueCatalog.All.Select(t => t.TechniqueId)];

    /// <summary>The ids of the emulator's models (image, video, audio, text, and <c>emulator-image-always-fail</c>).</summary>
    public static IReadOnlyList<string> ModelIds { get; } = [.. Server.ModelCatalog.All.Select(m => m.ModelId)];

    /// <summary>How many run webhooks were delivered (answered 2xx) so far; retries of one event count once.</summary>
    public int WebhooksDelivered => _state.Webhooks.DeliveredCount;

    /// <summary>Fault injection: queued faults per route and the seeded chaos mode.</summary>
    public FloraEmulatorFaults Faults { get; }

    /// <summary>How many assets the emulator holds.</summary>
    public int AssetCount => Locked(state => state.AssetCount);

    /// <summary>A snapshot of every asset, oldest first.</summary>
    public IReadOnlyList<EmulatedAsset> Assets
    {
        get
        {
            lock (_state.Gate)
            {
                var now = _state.Now;
                return [.. _state.AllAssets.OrderBy(a => a.Sequence).Select(a =>
                {
                    a.Refresh(now);
                    return a.Snapshot();
                })];
            }
        }
    }

    /// <summary>A snapshot of every request received so far, in arrival order (see <see cref="FloraEmulatorOptions.RecordRequests"/>).</summary>
    public IReadOnlyList<EmulatorRequest> Requests => Locked(state => state.Log.Requests());

    /// <summary>How many requests each route received so far.</summary>
    public IReadOnlyDictionary<EmulatorRoute, int> RequestCounts => Locked(state => state.Log.RouteCounts());

    /// <summary>A project id to place assets on (seeded in <see cref="WorkspaceId"/> unless <see cref="FloraEmulatorOptions.Projects"/> lists others).</summary>
    public string ProjectId => _state.Options.ProjectId;

    /// <summary>A project folder id to create projects in (<c>POST /workspaces/{ws}/folders/{folderId}/projects</c>); any <c>fld_</c> id is accepted.</summary>
    public string FolderId { get; } = FloraEmulatorOptions.DefaultFolderId;

    /// <summary>A snapshot of every project, seeded or made by a create or attach naming a new <c>prj_</c> id, oldest first.</summary>
    public IReadOnlyList<EmulatedProject> Projects => Locked(state => state.Catalog.Snapshot());

    /// <summary>Starts an emulator on 127.0.0.1.</summary>
    /// <param name="options">The port, API key, clock and other settings; defaults when null. They are copied: later changes have no effect.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop the server.</returns>
    /// <exception cref="ArgumentException">An option is not valid.</exception>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<FloraEmulator> StartAsync(FloraEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options = (options ?? new FloraEmulatorOptions()).Snapshot();
        options.Validate();
        var state = new EmulatorState(options);
        var faults = new FloraEmulatorFaults();
        var (app, origin) = await EmulatorHost.StartAsync(state, faults, cancellationToken).ConfigureAwait(false);
        state.Origin = origin.GetLeftPart(UriPartial.Authority);
        return new FloraEmulator(app, state, faults, origin);
    }

    /// <summary>Creates a new client for this emulator (its key and base URL); the emulator disposes it when it stops.</summary>
    /// <param name="configure">Changes the options after the key and base URL are set (retries, timeout, clock, or a wrong key).</param>
    /// <returns>The client.</returns>
    public FloraClient CreateClient(Action<FloraClientOptions>? configure = null)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var options = new FloraClientOptions { ApiKey = ApiKey, BaseUrl = BaseUrl };
        configure?.Invoke(options);
        var client = new FloraClient(options);
        lock (_clients)
        {
            _clients.Add(client);
        }

        return client;
    }

    /// <summary>A snapshot of one asset.</summary>
    /// <param name="assetId">The asset id.</param>
    /// <returns>The asset, or null when the emulator holds no such asset.</returns>
    public EmulatedAsset? GetAsset(string assetId)
    {
        ArgumentNullException.ThrowIfNull(assetId);
        lock (_state.Gate)
        {
            return _state.Find(assetId)?.Snapshot();
        }
    }

    /// <summary>Opens the bytes of an asset's last accepted upload, when <see cref="FloraEmulatorOptions.StoreUploads"/> is on.</summary>
    /// <param name="assetId">The asset id.</param>
    /// <returns>A read-only stream the caller disposes, or null when no bytes are stored for the asset.</returns>
    public Stream? OpenContent(string assetId)
    {
        ArgumentNullException.ThrowIfNull(assetId);
        lock (_state.Gate)
        {
            return _state.Find(assetId)?.ContentPath is { } path
                ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, FileOptions.Asynchronous)
                : null;
        }
    }

    /// <summary>How many requests <paramref name="route"/> received so far.</summary>
    /// <param name="route">The route.</param>
    /// <returns>The count.</returns>
    public int CountRequests(EmulatorRoute route) => RequestCounts.GetValueOrDefault(route);

    /// <summary>Forgets the request log and the per-route counts (assets are kept).</summary>
    public void ClearRequests()
    {
        lock (_state.Gate)
        {
            _state.Log.Clear();
        }
    }

    /// <summary>Marks an asset <c>failed</c>, as FLORA does when processing fails; <c>retry</c> can then renew it.</summary>
    /// <param name="assetId">The asset id.</param>
    /// <param name="failureMessage">The <c>failure_message</c> to report.</param>
    /// <exception cref="KeyNotFoundException">The emulator holds no such asset.</exception>
    public void FailAsset(string assetId, string failureMessage)
    {
        ArgumentNullException.ThrowIfNull(assetId);
        ArgumentNullException.ThrowIfNull(failureMessage);
        lock (_state.Gate)
        {
            var asset = _state.Find(assetId) ?? throw new KeyNotFoundException($"The emulator holds no asset '{assetId}'.");
            asset.Status = Server.AssetRecord.Failed;
            asset.ReadyAt = null;
            asset.FailureMessage = failureMessage;
        }
    }

    /// <summary>Reads the state under its gate (see the locking rule on <see cref="EmulatorState"/>).</summary>
    private T Locked<T>(Func<EmulatorState, T> read)
    {
        lock (_state.Gate)
        {
            return read(_state);
        }
    }

    /// <summary>Describes the emulator.</summary>
    /// <returns>Its base URL.</returns>
    public override string ToString() => $"FloraEmulator {{ BaseUrl = {BaseUrl} }}";

    /// <summary>Stops the server, disposes the clients it created and deletes any stored uploads.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        lock (_clients)
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }

            _clients.Clear();
        }

        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        lock (_state.Gate)
        {
            _state.Runs.StopTimers();
        }

        await _state.Webhooks.DisposeAsync().ConfigureAwait(false);
        lock (_state.Gate)
        {
            _state.DeleteContent();
        }
    }
}
