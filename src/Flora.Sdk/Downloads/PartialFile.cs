using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Flora.Sdk.Downloads;

/// <summary>
/// Where <c>DownloadFileAsync</c> writes before the rename: <c>.&lt;name&gt;.&lt;random&gt;.flora-partial</c> beside
/// the destination, created new (<see cref="FileMode.CreateNew"/>, which also refuses a link planted at that name).
/// A run stopped by a cancellation or a dropped connection records, in <c>.&lt;name&gt;.&lt;random&gt;.flora-resume</c>
/// (also created new), the destination's name, the asset, its <c>size_bytes</c>, the host's <c>ETag</c> and the length it
/// wrote. A later run resumes a partial file only when that record names the same destination, asset and size, has an
/// ETag (sent back as <c>If-Range</c>), and the file is a plain file (not a link) of the recorded length; the asset's
/// other partial files for that destination are deleted, and files this client did not record are never opened.
/// </summary>
internal sealed class PartialFile
{
    public const string Extension = ".flora-partial";
    public const string StateExtension = ".flora-resume";
    private const string StateHeader = "flora-partial 1";
    private const int BufferSize = 81920;
    private const int MaxStateBytes = 8192;

    private readonly string _name;
    private readonly string _assetId;
    private readonly long? _size;

    private PartialFile(string path, FileStream stream, DownloadResume resume, string name, string assetId, long? size)
    {
        Path = path;
        Stream = stream;
        Resume = resume;
        _name = name;
        _assetId = assetId;
        _size = size;
    }

    /// <summary>The partial file's full path.</summary>
    public string Path { get; }

    /// <summary>The open file, positioned after <see cref="DownloadResume.Written"/> bytes.</summary>
    public FileStream Stream { get; }

    /// <summary>Where the download stands; the download keeps it current.</summary>
    public DownloadResume Resume { get; }

    /// <summary>The partial file of <paramref name="assetId"/> for <paramref name="destination"/>: one this client kept for it, else a new one.</summary>
    /// <param name="destination">The full path of the file the download ends in.</param>
    /// <param name="assetId">The asset.</param>
    /// <param name="size">The asset's <c>size_bytes</c> as retrieve answers it now.</param>
    public static PartialFile Open(string destination, string assetId, long? size)
    {
        var folder = System.IO.Path.GetDirectoryName(destination)!;
        var name = System.IO.Path.GetFileName(destination);
        var prefix = "." + SafeFileName.Shorten(name, string.Empty, name.Length, SafeFileName.MaxBytes - 32) + ".";
        PartialFile? resumed = null;
        var states = Directory.EnumerateFiles(folder, "*" + StateExtension)
            .Where(s => System.IO.Path.GetFileName(s).StartsWith(prefix, StringComparison.Ordinal)).ToList();
        foreach (var state in states)
        {
            var record = ReadState(state);
            if (record is null || record[1] != assetId || record[2] != name)
            {
                continue; // another asset's, or another destination's that starts alike: not this download's to touch
            }

            var partial = state.Remove(state.Length - StateExtension.Length) + Extension;
            File.Delete(state);
            if (resumed is null && record[3] == Format(size) && record[4].Length > 0)
            {
                resumed = Reopen(partial, long.Parse(record[5], CultureInfo.InvariantCulture), EntityTagHeaderValue.Parse(record[4]), name, assetId, size);
            }

            if (resumed?.Path != partial)
            {
                File.Delete(partial);
            }
        }

        return resumed ?? Create(folder, prefix, name, assetId, size);
    }

    /// <summary>Moves the finished partial file (closed) onto <paramref name="destination"/>, replacing the file or link there, never writing through it.</summary>
    public void Promote(string destination)
    {
#if NETSTANDARD2_0
        if (File.Exists(destination))
        {
            File.Delete(destination);
        }

        File.Move(Path, destination);
#else
        File.Move(Path, destination, overwrite: true);
#endif
    }

    /// <summary>Records the partial file (closed) for a later run to resume; one without an ETag or a byte is deleted instead.</summary>
    public void Keep()
    {
        var length = new FileInfo(Path).Length;
        if (Resume.ETag is not { } etag || length == 0)
        {
            Discard();
            return;
        }

        var text = string.Join("\n", StateHeader, Escape(_assetId), Escape(_name), Format(_size), Escape(etag.ToString()), length.ToString(CultureInfo.InvariantCulture));
        var bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            using var state = new FileStream(Path.Remove(Path.Length - Extension.Length) + StateExtension, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            state.Write(bytes, 0, bytes.Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Discard();
        }
    }

    /// <summary>Deletes the partial file (closed).</summary>
    public void Discard() => File.Delete(Path);

    private static PartialFile Create(string folder, string prefix, string name, string assetId, long? size)
    {
        for (var attempt = 0; ; attempt++)
        {
            var path = System.IO.Path.Combine(folder, prefix + Token() + Extension);
            try
            {
                var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
                return new PartialFile(path, stream, new DownloadResume(), name, assetId, size);
            }
            catch (IOException) when (attempt < 2 && IsEntry(path))
            {
                // Someone holds that random name (a planted link, if anything): take another.
            }
        }
    }

    /// <summary>The recorded partial file, opened for appending, when it is still a plain file of the recorded length; else null.</summary>
    private static PartialFile? Reopen(string partial, long length, EntityTagHeaderValue etag, string name, string assetId, long? size)
    {
        if (!IsPlainFile(partial))
        {
            return null;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(partial, FileMode.Open, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // Checked again with the file open: a link swapped in after the first look is not written through.
        if (!IsPlainFile(partial) || stream.Length != length)
        {
            stream.Dispose();
            return null;
        }

        stream.Seek(0, SeekOrigin.End);
        return new PartialFile(partial, stream, new DownloadResume { Written = length, ETag = etag }, name, assetId, size);
    }

    /// <summary>The record's lines (header, asset, name, size, etag, length), or null when it is not one this client wrote.</summary>
    private static string[]? ReadState(string path)
    {
        try
        {
            if (!IsPlainFile(path) || new FileInfo(path).Length > MaxStateBytes)
            {
                return null;
            }

            var lines = File.ReadAllText(path, Encoding.UTF8).Split('\n');
            if (lines.Length != 6 || lines[0] != StateHeader || !long.TryParse(lines[5], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return null;
            }

            lines[1] = Uri.UnescapeDataString(lines[1]);
            lines[2] = Uri.UnescapeDataString(lines[2]);
            lines[4] = Uri.UnescapeDataString(lines[4]);
            return lines[4].Length == 0 || EntityTagHeaderValue.TryParse(lines[4], out _) ? lines : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsPlainFile(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && (info.Attributes & (FileAttributes.ReparsePoint | FileAttributes.Directory)) == 0;
    }

    /// <summary>Whether anything (a file, a folder, a link, even a dangling one) has that name.</summary>
    private static bool IsEntry(string path) => (int)new FileInfo(path).Attributes != -1;

    private static string Token()
    {
        var bytes = new byte[8];
        using (var random = RandomNumberGenerator.Create())
        {
            random.GetBytes(bytes);
        }

        return string.Concat(bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    private static string Escape(string text) => Uri.EscapeDataString(text);

    private static string Format(long? size) => size?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
