namespace Flora.Sdk;

/// <summary>
/// Paging through a list stopped because the server's cursors would never end it: a <c>next_cursor</c> came back a
/// second time, or the list ran past <see cref="FloraClientOptions.MaxPages"/> pages. The pages already yielded stand.
/// </summary>
public sealed class FloraPagingException : FloraException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened and what to do.</param>
    /// <param name="pagesFetched">How many pages this enumeration fetched before it stopped.</param>
    public FloraPagingException(string message, int pagesFetched)
        : base(message)
    {
        PagesFetched = pagesFetched;
    }

    /// <summary>How many pages this enumeration fetched before it stopped.</summary>
    public int PagesFetched { get; }
}
