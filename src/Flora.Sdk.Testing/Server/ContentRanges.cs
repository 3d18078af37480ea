using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// Serves an asset's stored bytes as a CDN would: whole (200) or one byte range (206, <c>Content-Range</c>), with
/// <c>Accept-Ranges: bytes</c> and a strong <c>ETag</c> (one per upload); <c>If-Range</c> with another ETag (or a date)
/// gets the whole file; a range past the end gets 416. Multi-range requests get the whole file.
/// </summary>
internal static class ContentRanges
{
    public static EmulatorResult Apply(HttpRequest request, EmulatorResult result)
    {
        if (result.FilePath is not { } path || !result.IsSuccess)
        {
            return result;
        }

        var length = new FileInfo(path).Length;
        var etag = "\"" + Path.GetFileNameWithoutExtension(path) + "\"";
        var headers = request.GetTypedHeaders();
        EmulatorResult served;
        if (headers.Range is { Ranges.Count: 1 } range
            && string.Equals(range.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase)
            && (headers.IfRange is null || (headers.IfRange.EntityTag is { IsWeak: false } tag && tag.Tag.Value == etag)))
        {
            var part = range.Ranges.Single();
            var (from, to) = part.From is { } start
                ? (start, Math.Min(part.To ?? length - 1, length - 1))
                : (Math.Max(0, length - (part.To ?? 0)), length - 1);
            if (from >= length || to < from)
            {
                var refused = EmulatorResult.Error(416, "range_not_satisfiable", $"The range starts at or past the end of the {length} bytes.");
                refused.Headers["Content-Range"] = $"bytes */{length}";
                return refused;
            }

            served = EmulatorResult.File(path, result.ContentType, 206, from, to - from + 1);
            served.Headers["Content-Range"] = $"bytes {from}-{to}/{length}";
        }
        else
        {
            served = EmulatorResult.File(path, result.ContentType, 200, 0, length);
        }

        served.Headers["Accept-Ranges"] = "bytes";
        served.Headers["ETag"] = etag;
        return served;
    }

    /// <summary>Sends the status, the headers and half of the body, then drops the connection.</summary>
    public static async Task WriteHalfThenAbortAsync(HttpContext context, EmulatorResult result)
    {
        var response = context.Response;
        result.WriteHead(response);
        var length = result.FileLength ?? new FileInfo(result.FilePath!).Length;
        response.ContentLength = length;
        await response.SendFileAsync(result.FilePath!, result.FileOffset, length / 2, context.RequestAborted).ConfigureAwait(false);
        await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);

        // A moment for the half to leave the socket before the reset, so the client sees it as received bytes.
        await Task.Delay(50, context.RequestAborted).ConfigureAwait(false);
        context.Abort();
    }
}
