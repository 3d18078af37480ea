namespace Flora.Sdk;

/// <summary>
/// A cursor-paged list that fetches lazily: <c>await foreach</c> over it yields every item of every page, and the next
/// page is requested only when the caller reaches it, so one page is in memory at a time.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>
/// Paging stops when the server's <c>next_cursor</c> is null, empty or missing. A server that hands back a cursor it
/// already sent ends the enumeration with a <see cref="FloraException"/> instead of looping forever.
/// </remarks>
public abstract class AsyncPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>Enumerates the pages, starting at <paramref name="cursor"/> when given.</summary>
    /// <param name="cursor">A cursor from an earlier page; wins over <c>AssetListParams.Cursor</c>.</param>
    /// <returns>The pages, fetched one at a time as the caller advances.</returns>
    public abstract IAsyncEnumerable<Page<T>> AsPages(string? cursor = null);

    /// <summary>Enumerates every item of every page.</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>An enumerator that fetches pages as it goes.</returns>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }

    /// <summary>Creates a pageable over pages you already have; for faking <see cref="IAssetService.ListAsync"/> in tests.</summary>
    /// <param name="pages">The pages to return, in order.</param>
    /// <returns>A pageable that yields those pages.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pages"/> is <see langword="null"/>.</exception>
    public static AsyncPageable<T> FromPages(IEnumerable<Page<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return new StaticPageable(pages);
    }

    private sealed class StaticPageable(IEnumerable<Page<T>> pages) : AsyncPageable<T>
    {
        public override async IAsyncEnumerable<Page<T>> AsPages(string? cursor = null)
        {
            var started = cursor is null;
            foreach (var page in pages)
            {
                if (started)
                {
                    yield return page;
                }

                started |= page.NextCursor == cursor;
            }

            await Task.CompletedTask.ConfigureAwait(false);
        }
    }
}
