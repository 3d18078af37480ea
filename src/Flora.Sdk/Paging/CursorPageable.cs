using System.Runtime.CompilerServices;

namespace Flora.Sdk.Paging;

/// <summary>Walks <c>next_cursor</c> from page to page, one request per page, only as far as the caller reads.</summary>
internal sealed class CursorPageable<T>(
    Func<string?, CancellationToken, Task<Page<T>>> fetchPage,
    string? firstCursor,
    CancellationToken listCancellationToken) : AsyncPageable<T>
{
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
        while (true)
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
                throw new FloraException(
                    $"The server returned the cursor '{next}' a second time; paging stopped to avoid an endless loop. " +
                    "This is a server-side problem: report it to FLORA with the request id of the last page.");
            }

            cursor = next;
        }
    }
}
