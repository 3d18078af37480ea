namespace Flora.Sdk.Downloads;

/// <summary>
/// Where <c>DownloadFileAsync</c> writes before the rename: <c>&lt;path&gt;.&lt;asset id&gt;.partial</c> beside the
/// destination. The name is stable, so a rerun after a cancellation or a dropped connection resumes it; it carries the
/// asset id, so a partial file of another asset bound for the same path is never extended.
/// </summary>
internal static class PartialFile
{
    public const string Extension = ".partial";

    /// <summary>The partial file's path for <paramref name="assetId"/> downloaded to <paramref name="path"/>.</summary>
    public static string PathFor(string path, string assetId)
    {
        var safe = new char[assetId.Length];
        for (var i = 0; i < assetId.Length; i++)
        {
            var c = assetId[i];
            safe[i] = char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_';
        }

        return path + "." + new string(safe) + Extension;
    }

    /// <summary>Moves the finished partial file onto the destination, replacing what was there.</summary>
    public static void Promote(string partial, string path)
    {
#if NETSTANDARD2_0
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        File.Move(partial, path);
#else
        File.Move(partial, path, overwrite: true);
#endif
    }
}
