using System.Security.Cryptography;
using System.Text;
using Flora.Sdk.Models;

namespace Flora.Sdk.Batch;

/// <summary>
/// The idempotency key of each item of a batch given <see cref="RequestOptions.IdempotencyKey"/>:
/// <c>&lt;batch key&gt;-&lt;16 hex digits&gt;</c>, the digits being the start of the SHA-256 of the item's identity
/// (<see cref="Identity"/>). The same item in a rerun gets the same key; two items of one batch never share one.
/// The rule is documented in docs/usage.md ("A key per item").
/// </summary>
internal sealed class BatchItemKeys(RequestOptions? options)
{
    /// <summary>The longest batch key: an item adds 17 characters and an upload step up to 9 (<c>-complete</c>), within FLORA's 255.</summary>
    public const int MaxBatchKeyLength = 255 - 17 - 9;

    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>
    /// The options for one item: its own when it carries any, else the batch's with the item's derived key.
    /// </summary>
    /// <exception cref="ArgumentException">An earlier item of the batch has the same identity.</exception>
    public RequestOptions? For(AssetUploadItem item, int index)
    {
        if (item.Options is { } own)
        {
            return own;
        }

        if (options?.IdempotencyKey is not { } key)
        {
            return options;
        }

        var identity = Identity(item);
        var hash = Hash(identity);
        lock (_seen)
        {
            if (_seen.TryGetValue(hash, out var first))
            {
                throw new ArgumentException(
                    $"Items {first} and {index} of the batch are the same item ({Describe(item)}), so they would share an idempotency key; " +
                    "give each its own AssetUploadItem.Key. Nothing was sent for this item.");
            }

            _seen.Add(hash, index);
        }

        return options.WithIdempotencyKey($"{key}-{hash}");
    }

    /// <summary>
    /// What makes an item the same item in a rerun: its <see cref="AssetUploadItem.Key"/> when set; else a file item's
    /// full path; else a stream item's folder and file name.
    /// </summary>
    internal static string Identity(AssetUploadItem item) =>
        item.Key is { } key ? "key:" + key
        : item.Path is { } path ? "file:" + System.IO.Path.GetFullPath(path)
        : "name:" + (item.Folder ?? string.Empty) + "/" + item.FileName;

    /// <summary>The first 8 bytes of the SHA-256 of <paramref name="identity"/> (UTF-8), as 16 lowercase hex digits.</summary>
    internal static string Hash(string identity)
    {
        var bytes = Encoding.UTF8.GetBytes(identity);
#if NET5_0_OR_GREATER
        var digest = SHA256.HashData(bytes);
#else
        byte[] digest;
        using (var sha = SHA256.Create())
        {
            digest = sha.ComputeHash(bytes);
        }
#endif
        var hex = new StringBuilder(16);
        for (var i = 0; i < 8; i++)
        {
            hex.Append(digest[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    private static string Describe(AssetUploadItem item) => item.Key is { } key ? $"Key '{key}'" : item.ToString();
}
