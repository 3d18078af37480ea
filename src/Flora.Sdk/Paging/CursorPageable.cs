using System.Runtime.CompilerServices;

namespace Flora.Sdk.Paging;

/// <summary>
/// Walks <c>next_cursor</c> from page to page, one request per page, only as far as the caller reads; at most
/// <paramref name="maxPages"/> pages per enumeration, and never a cursor twice, so a server cannot keep it going forever.
/// </summary>
internal sealed class CursorPageable<T>(
    Func<string?, CancellationToken, Task<Page<T>>> fetchPage,
    string? firstCursor,
    int maxPages,
    CancellationToken listCancellationToken) : AsyncPageable<T>
{
    // A cursor is the server's text: an error repeats only its start.
    private const int MaxCursorShown = 40;

    public override IAsyncEnumerable<Page<T>> AsPages(string? cursor = null)
    {
        Validation.InputValidation.Cursor(cursor, nameof(cursor));
        return EnumeratePagesAsync(cursor ?? firstCursor, CancellationToken.None);
    }

    public override async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in EnumeratePagesAsync(firstCursor, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }

    private async IAsyncEnumerable<Page<T>> EnumeratePagesAsync(
        string? cursor,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(listCancellationToken, cancellationToken);
        HashSet<string>? seen = null;
        for (var pages = 1; ; pages++)
        {
            var page = await fetchPage(cursor, linked.Token).ConfigureAwait(false);
            yield return page;

            var next = page.NextCursor;
            if (string.IsNullOrEmpty(next))
            {
                yield break;
            }

            seen ??= new HashSet<string>(StringComparer.Ordinal);
            if (cursor is not null)
            {
                seen.Add(cursor);
            }

            if (!seen.Add(next))
            {
                throw new FloraPagingException(
                    $"The server returned the cursor '{Shown(next)}' a second time, after {pages} page(s); paging stopped to avoid an " +
                    "endless loop. This is a server-side problem: report it to FLORA with the request id of the last page.",
                    pages);
            }

            if (pages >= maxPages)
            {
                throw new FloraPagingException(
                    $"The list went on past {maxPages} pages (FloraClientOptions.MaxPages), each with a new cursor; paging stopped " +
                    "there. Narrow the list with a filter, read it in parts with AsPages(cursor), or raise FloraClientOptions.MaxPages.",
                    pages);
            }

            cursor = next;
        }
    }

    private static string Shown(string cursor) => cursor.Length <= MaxCursorShown ? cursor : cursor.Remove(MaxCursorShown) + "...";
}
