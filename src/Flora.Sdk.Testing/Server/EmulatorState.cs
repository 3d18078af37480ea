using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Flora.Sdk.Testing.Server;

/// <summary>Everything the emulator remembers: assets, reservations, projects, idempotency keys and the request log.</summary>
/// <remarks>
/// The locking rule: <b>callers hold <see cref="Gate"/>; nothing in this class takes it.</b> A handler locks once around
/// its whole read-modify-write (find an asset, check it, change it), so no other request sees it half done, and every
/// member here checks that the caller holds the lock. Signing is the one exception: it reads only immutable state.
/// </remarks>
internal sealed partial class EmulatorState
{
    private readonly Dictionary<string, AssetRecord> _assets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AssetRecord> _byToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _idempotencyKeys = new(StringComparer.Ordinal);
    private readonly byte[] _signingKey = RandomNumberGenerator.GetBytes(32);
    private long _assetSequence;
    private string? _contentDirectory;

    public EmulatorState(FloraEmulatorOptions options)
    {
        Options = options;
        Catalog = new ProjectCatalog(this);
        Log = new RequestLog(this);
        Library = new LibraryFolders(this);
        Runs = new RunBook(this);
        Webhooks = new WebhookDelivery(options, options.WebhookSecret ?? WebhookSigner.NewSecret());
    }

    /// <summary>Technique runs and generations (guarded by <see cref="Gate"/> like the rest).</summary>
    public RunBook Runs { get; }

    /// <summary>Sends run webhooks in the background; thread-safe, needs no lock.</summary>
    public WebhookDelivery Webhooks { get; }

    public object Gate { get; } = new();

    public FloraEmulatorOptions Options { get; }

    /// <summary>The workspaces and projects (guarded by <see cref="Gate"/> like the rest).</summary>
    public ProjectCatalog Catalog { get; }

    /// <summary>The workspaces' library folders (guarded by <see cref="Gate"/> like the rest).</summary>
    public LibraryFolders Library { get; }

    /// <summary>The request log and per-route counts (guarded by <see cref="Gate"/> like the rest).</summary>
    public RequestLog Log { get; }

    /// <summary>The server's own origin, for example <c>http://127.0.0.1:5080</c>; set once Kestrel has bound, before any request.</summary>
    public string Origin { get; set; } = "http://127.0.0.1";

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    /// <summary>Assets in creation order.</summary>
    public IEnumerable<AssetRecord> AllAssets
    {
        get
        {
            AssertLocked();
            return _assets.Values;
        }
    }

    public int AssetCount
    {
        get
        {
            AssertLocked();
            return _assets.Count;
        }
    }

    /// <summary>Throws unless the calling thread holds <see cref="Gate"/>: the one locking rule, checked in every build.</summary>
    public void AssertLocked()
    {
        if (!Monitor.IsEntered(Gate))
        {
            throw new InvalidOperationException("EmulatorState is used without holding its Gate; lock (state.Gate) around the whole operation.");
        }
    }

    public AssetRecord? Find(string assetId)
    {
        AssertLocked();
        var asset = _assets.GetValueOrDefault(assetId);
        asset?.Refresh(Now);
        return asset;
    }

    public AssetRecord? FindByToken(string token)
    {
        AssertLocked();
        return _byToken.GetValueOrDefault(token);
    }

    public AssetRecord Add(AssetDraft draft, Func<string, string> url)
    {
        AssertLocked();
        var sequence = ++_assetSequence;
        var id = "asset_" + sequence.ToString("D6", CultureInfo.InvariantCulture) + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
        var asset = new AssetRecord
        {
            AssetId = id,
            Sequence = sequence,
            WorkspaceId = draft.WorkspaceId,
            Source = draft.Source,
            UploadedVia = draft.UploadedVia,
            Url = url(id),
            CreatedAt = Now,
            FileName = draft.FileName,
            ContentType = draft.ContentType,
            Folder = draft.Folder,
        };
        _assets.Add(id, asset);
        if (draft.ProjectId is { } projectId)
        {
            Catalog.Place(asset, projectId);
        }

        return asset;
    }

    /// <summary>Issues a fresh reservation for <paramref name="asset"/>, retiring its previous token.</summary>
    public UploadReservation Reserve(AssetRecord asset)
    {
        AssertLocked();
        if (asset.Reservation is { } old)
        {
            _byToken.Remove(old.Token);
        }

        var token = "upt_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        // Whole milliseconds, as the wire carries them, so the client and the emulator agree on the exact instant.
        var exact = Now + Options.ReservationLifetime;
        var expiresAt = new DateTimeOffset(exact.UtcTicks - (exact.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var expire = expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("token", token),
            new("expire", expire),
            new("signature", Sign(token, expire)),
            new("publicKey", "public_flora_emulator"),
        };
        if (asset.FileName is { } fileName)
        {
            fields.Add(new("fileName", fileName));
        }

        if (asset.Folder is { } folder)
        {
            fields.Add(new("folder", folder));
        }

        var url = $"{Origin}/upload/{token}";
        var reservation = new UploadReservation(token, expiresAt, fields, url, $"{url}?expire={expire}&signature={fields[2].Value}");
        asset.Reservation = reservation;
        asset.ReservationCount++;
        asset.Status = AssetRecord.PendingUpload;
        asset.ReadyAt = null;
        _byToken[token] = asset;
        return reservation;
    }

    /// <summary>Claims an idempotency key; false when it was used within the window (a duplicate).</summary>
    public bool TryClaimIdempotencyKey(string key)
    {
        AssertLocked();
        var now = Now;
        if (_idempotencyKeys.TryGetValue(key, out var seen) && now - seen < Options.IdempotencyWindow)
        {
            return false;
        }

        _idempotencyKeys[key] = now;
        return true;
    }

    /// <summary>Releases a key whose request failed, so that a corrected request may reuse it.</summary>
    public void ReleaseIdempotencyKey(string key)
    {
        AssertLocked();
        _idempotencyKeys.Remove(key);
    }

    /// <summary>The reservation's signature; takes no lock because the signing key never changes.</summary>
    public string Sign(string token, string expire)
    {
        var mac = HMACSHA256.HashData(_signingKey, Encoding.UTF8.GetBytes(token + ":" + expire));
        return Convert.ToHexString(mac).ToLowerInvariant();
    }
}

/// <summary>What a create asks for, before the emulator gives the asset its id.</summary>
internal sealed record AssetDraft(
    string WorkspaceId, string Source, string UploadedVia, string? FileName, string? ContentType, string? Folder, string? ProjectId);
