using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flora.Cli.Upload;

/// <summary>One uploaded file, as the manifest records it.</summary>
internal sealed record ManifestEntry
{
    /// <summary>The file's path relative to the manifest's folder, with '/' separators.</summary>
    public required string Path { get; init; }

    public required long Size { get; init; }

    public required string Sha256 { get; init; }

    public required string AssetId { get; init; }

    public required string WorkspaceId { get; init; }

    public string? Folder { get; init; }

    /// <summary>Null once the asset is ready (or was not waited for); <see cref="UploadManifest.Processing"/> while FLORA still processes it.</summary>
    public string? State { get; init; }

    /// <summary>The projects the asset was placed on (at creation, or attached by a later run).</summary>
    public List<string>? ProjectIds { get; init; }

    public DateTimeOffset UploadedAt { get; init; }
}

/// <summary>What the manifest file holds.</summary>
internal sealed record ManifestDocument
{
    public int Version { get; init; } = 1;

    /// <summary>
    /// Whether the last run that wrote it reached its end. When not, a rerun adopts an asset that run made but did not
    /// record only when FLORA refuses the file's own key (derived from <see cref="IdempotencyKey"/>) as a duplicate.
    /// </summary>
    public bool Finished { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    /// <summary>
    /// The batch idempotency key of every run of this manifest, made once: each file's key derives from it and the file,
    /// so a rerun within FLORA's two hours adopts an asset an interrupted run made instead of uploading again.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    public List<ManifestEntry> Files { get; init; } = [];
}

/// <summary>
/// The resume record, <c>.flora-upload.json</c>: every finished file with its size, SHA-256 and asset id. It is
/// rewritten whole into a new temporary file that is flushed to disk and then renamed over the old one (an atomic
/// replace), so a kill at any moment leaves either the previous or the new manifest, never a torn one. The temporary
/// file has a random name and is created only if nothing (not even a link) is there, and a manifest that is a link is
/// refused, so a received folder cannot make the run write through a link it planted.
/// </summary>
internal sealed class UploadManifest
{
    public const string DefaultName = ".flora-upload.json";
    public const string TemporarySuffix = ".flora-tmp";

    /// <summary>The state of a file whose asset FLORA made but had not finished processing when the run ended.</summary>
    public const string Processing = "processing";

    private static readonly JsonSerializerOptions s_json = new()
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    private readonly Dictionary<string, ManifestEntry> _entries;
    private int _version;
    private int _written;

    private UploadManifest(string path, ManifestDocument document)
    {
        FilePath = Path.GetFullPath(path);
        Folder = Path.GetDirectoryName(FilePath)!;
        StartedAt = DateTimeOffset.UtcNow;
        IdempotencyKey = document.IdempotencyKey ?? "flora-cli-" + Guid.NewGuid().ToString("N");
        _entries = document.Files.ToDictionary(e => e.Path, StringComparer.Ordinal);
    }

    public string FilePath { get; }

    public string Folder { get; }

    public DateTimeOffset StartedAt { get; }

    /// <summary>The key every run of this manifest gives its batch (see <see cref="ManifestDocument.IdempotencyKey"/>).</summary>
    public string IdempotencyKey { get; }

    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    /// <exception cref="ArgumentException">The manifest is a link, or not a flora upload manifest.</exception>
    public static UploadManifest Load(string path)
    {
        if (new FileInfo(path).LinkTarget is { } target)
        {
            throw new ArgumentException($"The manifest '{path}' is a symbolic link (to '{target}'); flora does not read or write a manifest through a link. Remove the link or pass another --manifest.");
        }

        if (!File.Exists(path))
        {
            return new UploadManifest(path, new ManifestDocument());
        }

        try
        {
            return new UploadManifest(path, JsonSerializer.Deserialize<ManifestDocument>(File.ReadAllText(path), s_json) ?? new ManifestDocument());
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The manifest '{path}' is not a flora upload manifest ({ex.Message}); move it away or pass another --manifest.", ex);
        }
    }

    public string RelativePath(string file) => Path.GetRelativePath(Folder, file).Replace(Path.DirectorySeparatorChar, '/');

    public ManifestEntry? Find(string file)
    {
        lock (_entries)
        {
            return _entries.GetValueOrDefault(RelativePath(file));
        }
    }

    public HashSet<string> AssetIds()
    {
        lock (_entries)
        {
            return [.. _entries.Values.Select(e => e.AssetId)];
        }
    }

    public void Record(ManifestEntry entry)
    {
        lock (_entries)
        {
            _entries[entry.Path] = entry;
            _version++;
        }
    }

    /// <summary>Writes the manifest if it changed since the last write (or always, when <paramref name="force"/> is set); one writer at a time.</summary>
    public async Task SaveAsync(bool finished = false, bool force = false)
    {
        ManifestDocument document;
        int version;
        lock (_entries)
        {
            version = _version;
            if (version == _written && !finished && !force)
            {
                return;
            }

            document = new ManifestDocument { Finished = finished, StartedAt = StartedAt, IdempotencyKey = IdempotencyKey, Files = [.. _entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal)] };
        }

        // A fresh random name, created only where nothing exists (O_CREAT|O_EXCL never follows a link), then renamed
        // over the manifest: the rename replaces a directory entry and never writes through one.
        var temporary = $"{FilePath}.{Guid.NewGuid():N}{TemporarySuffix}";
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536, FileOptions.Asynchronous);
        var moved = false;
        try
        {
            await using (stream)
            {
                await JsonSerializer.SerializeAsync(stream, document, s_json);
                await stream.FlushAsync();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, FilePath, overwrite: true);
            moved = true;
        }
        finally
        {
            if (!moved)
            {
                File.Delete(temporary);
            }
        }

        _written = version;
    }
}
