using System.Net.Http.Headers;
using System.Text;
using Flora.Sdk.Downloads;
using Flora.Sdk.Models;

namespace Flora.Sdk.Runs;

/// <summary>
/// Writes a run's outputs into a folder: each URL output fetched through the asset download (the storage transport,
/// no FLORA key, resumed, length-checked, moved into place only when whole) as <c>&lt;output_id&gt;&lt;ext&gt;</c> with the
/// extension from the host's <c>Content-Type</c>, each text output as <c>&lt;output_id&gt;.txt</c> in UTF-8 without a BOM.
/// Every name goes through <see cref="SafeFileName"/>, so nothing lands outside the folder, and two outputs never share one.
/// </summary>
internal sealed class RunOutputDownloader(AssetDownloader downloader)
{
    /// <summary>The extension of a file whose content type the SDK's table does not name.</summary>
    public const string UnknownExtension = ".bin";

    private const string TextType = "text";
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly HashSet<string> _stems = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The url of each output (null for a text output), checked before anything is written or sent.</summary>
    /// <exception cref="ArgumentException">A URL output's url is not an absolute https url (http only on a loopback host).</exception>
    public static IReadOnlyList<Uri?> UrlsOf(Run run, string paramName)
    {
        var urls = new List<Uri?>(run.Outputs.Count);
        foreach (var output in run.Outputs)
        {
            if (output is null)
            {
                throw new ArgumentException($"Run '{run.RunId}' has a null output; pass the run as FLORA answered it.", paramName);
            }

            if (string.Equals(output.Type, TextType, StringComparison.Ordinal))
            {
                urls.Add(null);
                continue;
            }

            if (!Uri.TryCreate(output.Url, UriKind.Absolute, out var url) || !DownloadRedirects.IsAllowed(url))
            {
                var what = url is null ? "not an absolute url" : $"'{url.Scheme}://{url.Host}'";
                throw new ArgumentException(
                    $"Output '{output.OutputId}' ({output.Type}) of run '{run.RunId}' has a url that is {what}: outputs are downloaded only from " +
                    "https (or http on a loopback host). Nothing was downloaded; retrieve the run again, or fetch that output yourself.",
                    paramName);
            }

            urls.Add(url);
        }

        return urls;
    }

    /// <summary>Writes the outputs of <paramref name="run"/> (their urls from <see cref="UrlsOf"/>) into <paramref name="folder"/>.</summary>
    /// <returns>The full paths written, in the outputs' order.</returns>
    public async Task<IReadOnlyList<string>> DownloadAsync(
        Run run, IReadOnlyList<Uri?> urls, string folder, int maxRetries, TimeSpan idleTimeout, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(folder);
        Directory.CreateDirectory(root);
        var paths = new List<string>(urls.Count);
        for (var i = 0; i < urls.Count; i++)
        {
            var output = run.Outputs[i];
            var stem = Distinct(_stems, SafeFileName.From(output.OutputId) ?? SafeFileName.FromId(output.OutputId, "output_"));
            var id = run.RunId + "/" + output.OutputId;
            if (urls[i] is not { } url)
            {
                paths.Add(await WriteTextAsync(SafeFileName.InFolder(root, Name(stem, ".txt")), id, output.Url, cancellationToken).ConfigureAwait(false));
                continue;
            }

            string? path = null;
            await downloader.DownloadFileAsync(
                url, id, size: null, SafeFileName.InFolder(root, stem),
                answered => path = SafeFileName.InFolder(root, Name(stem, ExtensionOf(answered?.Content?.Headers.ContentType))),
                progress: null, maxRetries, idleTimeout, cancellationToken).ConfigureAwait(false);
            paths.Add(path!);
        }

        return paths;
    }

    /// <summary>The extension for the host's <c>Content-Type</c>: <see cref="UnknownExtension"/> when it gave none or one the SDK does not know.</summary>
    internal static string ExtensionOf(MediaTypeHeaderValue? contentType) =>
        AssetContentTypes.ExtensionFor(contentType?.MediaType) ?? UnknownExtension;

    /// <summary>Writes <paramref name="text"/> through a partial file, so the destination holds the whole text or nothing new.</summary>
    private static async Task<string> WriteTextAsync(string path, string id, string text, CancellationToken cancellationToken)
    {
        var bytes = s_utf8.GetBytes(text);
        var partial = PartialFile.Open(path, id, bytes.Length);
        var written = false;
        try
        {
            await using (partial.Stream.ConfigureAwait(false))
            {
                partial.Stream.SetLength(0);
#if NETSTANDARD2_0
                await partial.Stream.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
#else
                await partial.Stream.WriteAsync(bytes.AsMemory(), cancellationToken).ConfigureAwait(false);
#endif
            }

            partial.Promote(path);
            written = true;
            return path;
        }
        finally
        {
            if (!written)
            {
                partial.Discard();
            }
        }
    }

    /// <summary><paramref name="stem"/> plus <paramref name="extension"/>, shortened to fit and numbered when an earlier output of this call took it.</summary>
    private string Name(string stem, string extension) => Distinct(_names, SafeFileName.Shorten(stem, extension, stem.Length));

    private static string Distinct(HashSet<string> taken, string name)
    {
        var distinct = name;
        for (var n = 1; !taken.Add(distinct); n++)
        {
            distinct = SafeFileName.Numbered(name, n);
        }

        return distinct;
    }
}
