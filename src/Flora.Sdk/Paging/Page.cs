namespace Flora.Sdk;

/// <summary>One page of a cursor-paged list.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Page<T>
{
    private FloraResponse<Page<T>>? _response;

    /// <summary>Creates a page; useful for faking <see cref="AsyncPageable{T}"/> in tests.</summary>
    /// <param name="items">The page's items.</param>
    /// <param name="nextCursor">The cursor of the next page, or <see langword="null"/> on the last page.</param>
    /// <param name="totalEstimate">The server's estimate of all matching items, when it gives one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public Page(IReadOnlyList<T> items, string? nextCursor = null, long? totalEstimate = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
        NextCursor = nextCursor;
        TotalEstimate = totalEstimate;
    }

    /// <summary>The items of this page.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>The opaque cursor of the next page; <see langword="null"/> when this is the last page.</summary>
    public string? NextCursor { get; }

    /// <summary>The server's estimate of how many items match in all, when it gives one.</summary>
    public long? TotalEstimate { get; }

    /// <summary>
    /// The answer this page came in: its HTTP status and headers (<c>request-id</c>, rate limits), with this page as
    /// <see cref="FloraResponse{T}.Value"/>, the same as the list's <c>ListPageAsync</c> raw call returns.
    /// </summary>
    /// <returns>The page's response; <see langword="null"/> for a page made with the public constructor (a test's fake).</returns>
    public FloraResponse<Page<T>>? GetRawResponse() => _response;

    /// <summary>A page made from <paramref name="response"/>'s wire page, answered with the same status and headers, and knowing them.</summary>
    internal static FloraResponse<Page<T>> Answered<TWire>(FloraResponse<TWire> response, IReadOnlyList<T>? items, string? nextCursor, long? totalEstimate)
    {
        var page = new Page<T>(items ?? [], nextCursor, totalEstimate);
        page._response = response.With(page);
        return page._response;
    }
}
