using System.Globalization;
using System.Text;

namespace Flora.Sdk;

/// <summary>
/// Turns a name a server chose (an asset's name, the last segment of its url, its id) into a file name that is safe
/// to create in a folder: the one place the SDK and the <c>flora</c> command line make such names.
/// </summary>
/// <remarks>
/// A name is refused (<see cref="From"/> answers <see langword="null"/>) when it is blank, holds a path separator
/// (<c>/</c> or <c>\</c>), a control or invisible formatting character, starts with a dot (<c>.bashrc</c>, <c>..</c>),
/// or is a Windows device name (<c>CON</c>, <c>NUL</c>, <c>COM1</c>, <c>LPT1</c>, also with an extension: <c>con.txt</c>),
/// on every operating system, so a name behaves the same everywhere. Characters Windows does not allow in a name
/// (<c>&lt; &gt; : " | ? *</c>) become <c>_</c>; trailing dots and spaces are dropped; a name longer than 255 UTF-8 bytes is
/// shortened before its extension.
/// </remarks>
public static class SafeFileName
{
    /// <summary>The longest file name, in UTF-8 bytes, that every common file system takes (ext4, APFS, NTFS).</summary>
    public const int MaxBytes = 255;

    private const string WindowsInvalid = "<>:\"|?*";

    private static readonly string[] s_devices =
    [
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM\u00B9", "COM\u00B2", "COM\u00B3",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT\u00B9", "LPT\u00B2", "LPT\u00B3",
    ];

    /// <summary>The safe form of <paramref name="name"/>, or <see langword="null"/> when it cannot be used as a file name.</summary>
    /// <param name="name">A name from a server, for example an asset's <c>name</c>.</param>
    /// <returns>A file name with no directory part, or <see langword="null"/>.</returns>
    public static string? From(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var safe = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                safe.Append(c).Append(name[++i]);
                continue;
            }

            if (c is '/' or '\\' || char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return null;
            }

            safe.Append(WindowsInvalid.Contains(c, StringComparison.Ordinal) ? '_' : c);
        }

        var result = Shorten(safe.ToString().TrimEnd('.', ' '), string.Empty);
        return result.Trim().Length == 0 || result[0] == '.' || IsDeviceName(result) ? null : result;
    }

    /// <summary>The safe form of <paramref name="name"/>, else a name made from <paramref name="assetId"/> (never the raw id).</summary>
    /// <param name="name">The asset's name (or its url's last segment), as the server gave it.</param>
    /// <param name="assetId">The asset's id: only letters, digits, <c>_</c> and <c>-</c> of it are kept.</param>
    /// <returns>A file name with no directory part.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assetId"/> is null.</exception>
    public static string ForAsset(string? name, string assetId)
    {
        ArgumentNullException.ThrowIfNull(assetId);
        return From(name) ?? FromId(assetId, "asset_");
    }

    /// <summary>
    /// A file name made from an id a server chose (an asset's, a run output's): the id itself when it is a safe name,
    /// else only its letters, digits, <c>_</c> and <c>-</c> (others become <c>_</c>, at most 100), prefixed with
    /// <paramref name="prefix"/> when that is still not a safe name (blank, a device name).
    /// </summary>
    internal static string FromId(string id, string prefix)
    {
        var kept = new StringBuilder(Math.Min(id.Length, 100));
        foreach (var c in id.Take(100))
        {
            kept.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_');
        }

        var fromId = kept.ToString();
        return From(fromId) ?? prefix + fromId;
    }

    /// <summary>The <paramref name="number"/>th other name for <paramref name="fileName"/>: <c>clip (1).png</c>, still at most <see cref="MaxBytes"/>.</summary>
    /// <param name="fileName">A safe file name (from <see cref="From"/>).</param>
    /// <param name="number">1 for the first other name.</param>
    /// <returns>The numbered name.</returns>
    public static string Numbered(string fileName, int number)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var dot = fileName.LastIndexOf('.');
        var (stem, extension) = dot > 0 ? (fileName.Substring(0, dot), fileName.Substring(dot)) : (fileName, string.Empty);
        return Shorten(stem + extension, " (" + number.ToString(CultureInfo.InvariantCulture) + ")", stem.Length);
    }

    /// <summary>The full path of <paramref name="fileName"/> in <paramref name="folder"/>, checked to be directly inside it.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="fileName">A name from <see cref="From"/>, <see cref="ForAsset"/> or <see cref="Numbered"/>.</param>
    /// <returns>The full path.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is not a safe name, or the path would leave the folder.</exception>
    public static string InFolder(string folder, string fileName)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (From(fileName) != fileName)
        {
            throw new ArgumentException($"'{fileName}' is not a safe file name; make it with SafeFileName.From or ForAsset.", nameof(fileName));
        }

        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, fileName));
        var parent = Path.GetDirectoryName(full);
        var expected = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(root, "probe")));
        if (!string.Equals(parent, expected, StringComparison.Ordinal) || !string.Equals(Path.GetFileName(full), fileName, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{fileName}' would not land directly inside '{root}'.", nameof(fileName));
        }

        return full;
    }

    /// <summary>Whether <paramref name="name"/> is a Windows device name, with or without an extension.</summary>
    internal static bool IsDeviceName(string name)
    {
        var dot = name.IndexOf('.');
        var stem = (dot < 0 ? name : name.Substring(0, dot)).TrimEnd(' ');
        return s_devices.Contains(stem, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary><paramref name="name"/> with <paramref name="suffix"/> inserted at <paramref name="at"/> (default: before a short extension), shortened there to fit <paramref name="maxBytes"/>.</summary>
    internal static string Shorten(string name, string suffix, int at = -1, int maxBytes = MaxBytes)
    {
        if (at < 0)
        {
            var dot = name.LastIndexOf('.');
            at = dot > 0 && name.Length - dot <= 16 ? dot : name.Length;
        }

        var head = name.Substring(0, at);
        var tail = suffix + name.Remove(0, at);
        var room = maxBytes - Encoding.UTF8.GetByteCount(tail);
        if (Encoding.UTF8.GetByteCount(head) <= room)
        {
            return head + tail;
        }

        while (Encoding.UTF8.GetByteCount(head) > room && head.Length > 0)
        {
            head = head.Substring(0, char.IsLowSurrogate(head[head.Length - 1]) && head.Length > 1 ? head.Length - 2 : head.Length - 1);
        }

        return head.TrimEnd('.', ' ') + tail;
    }
}
