using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Flora.Sdk.Testing.Server;

/// <summary>Everything the emulator remembers: assets, reservations, idempotency keys and the request log.</summary>
internal sealed class EmulatorState
{
    private readonly Dictionary<string, AssetRecord> _assets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AssetRecord> _byToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _idempotencyKeys = new(StringComparer.Ordinal);
    private readonly List<EmulatorRequest> _requests = [];
    private readonly Dictionary<EmulatorRoute, int> _routeCounts = [];
    private readonly byte[] _signingKey = RandomNumberGenerator.GetBytes(32);
    private long _assetSequence;
    private long _requestSequence;
    private string? _contentDirectory;

    public EmulatorState(FloraEmulatorOptions options) => Options = options;

    public object Gate { get; } = new();

    public FloraEmulatorOptions Options { get; }

    /// <summary>The server's own origin, for example <c>http://127.0.0.1:5080</c>; set once Kestrel has bound.</summary>
    public string Origin { get; set; } = "http://127.0.0.1";

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    /// <summary>Assets in creation order. Call under <see cref="Gate"/>.</summary>
    public IEnumerable<AssetRecord> AllAssets => _assets.Values;

    public int AssetCount => _assets.Count;

    public AssetRecord? Find(string assetId)
    {
        var asset = _assets.GetValueOrDefault(assetId);
        asset?.Refresh(Now);
        return asset;
    }

    public AssetRecord? FindByToken(string token) => _byToken.GetValueOrDefault(token);

    public AssetRecord Add(string workspaceId, string source, string uploadedVia, string? fileName, string? contentType, string? folder, Func<string, string> url)
    {
        var sequence = ++_assetSequence;
        var id = "asset_" + sequence.ToString("D6", CultureInfo.InvariantCulture) + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
        var asset = new AssetRecord
        {
            AssetId = id,
            Sequence = sequence,
            WorkspaceId = workspaceId,
            Source = source,
            UploadedVia = uploadedVia,
            Url = url(id),
            CreatedAt = Now,
            FileName = fileName,
            ContentType = contentType,
            Folder = folder,
        };
        _assets.Add(id, asset);
        return asset;
    }

    /// <summary>Issues a fresh reservation for <paramref name="asset"/>, retiring its previous token.</summary>
    public UploadReservation Reserve(AssetRecord asset)
    {
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

        var reservation = new UploadReservation(token, expiresAt, fields, $"{Origin}/upload/{token}");
        asset.Reservation = reservation;
        asset.ReservationCount++;
        asset.Status = AssetRecord.PendingUpload;
        _byToken[token] = asset;
        return reservation;
    }

    /// <summary>Claims an idempotency key; false when it was used within the window (a duplicate).</summary>
    public bool TryClaimIdempotencyKey(string key)
    {
        lock (Gate)
        {
            var now = Now;
            if (_idempotencyKeys.TryGetValue(key, out var seen) && now - seen < Options.IdempotencyWindow)
            {
                return false;
            }

            _idempotencyKeys[key] = now;
            return true;
        }
    }

    /// <summary>Releases a key whose request failed, so that a corrected request may reuse it.</summary>
    public void ReleaseIdempotencyKey(string key)
    {
        lock (Gate)
        {
            _idempotencyKeys.Remove(key);
        }
    }

    /// <summary>The folder uploaded bytes are kept in; made on first use, deleted by <see cref="DeleteContent"/>.</summary>
    public string ContentDirectory
    {
        get
        {
            lock (Gate)
            {
                if (_contentDirectory is null)
                {
                    _contentDirectory = Path.Combine(Path.GetTempPath(), "flora-emulator-" + Guid.NewGuid().ToString("N"));
                    Directory.CreateDirectory(_contentDirectory);
                }

                return _contentDirectory;
            }
        }
    }

    public void DeleteContent()
    {
        lock (Gate)
        {
            if (_contentDirectory is not null && Directory.Exists(_contentDirectory))
            {
                Directory.Delete(_contentDirectory, recursive: true);
            }

            _contentDirectory = null;
        }
    }

    public long NextRequestSequence() => Interlocked.Increment(ref _requestSequence);

    public void Record(EmulatorRequest request)
    {
        lock (Gate)
        {
            _routeCounts[request.Route] = _routeCounts.GetValueOrDefault(request.Route) + 1;
            if (Options.RecordRequests)
            {
                _requests.Add(request);
            }
        }
    }

    public IReadOnlyList<EmulatorRequest> Requests()
    {
        lock (Gate)
        {
            return [.. _requests];
        }
    }

    public IReadOnlyDictionary<EmulatorRoute, int> RouteCounts()
    {
        lock (Gate)
        {
            return new Dictionary<EmulatorRoute, int>(_routeCounts);
        }
    }

    public void ClearRequests()
    {
        lock (Gate)
        {
            _requests.Clear();
            _routeCounts.Clear();
        }
    }

    public string Sign(string token, string expire)
    {
        var mac = HMACSHA256.HashData(_signingKey, Encoding.UTF8.GetBytes(token + ":" + expire));
        return Convert.ToHexString(mac).ToLowerInvariant();
    }
}
