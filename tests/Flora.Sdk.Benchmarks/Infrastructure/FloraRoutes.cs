namespace Flora.Sdk.Benchmarks.Infrastructure;

/// <summary>
/// Picks the pre-serialized body for a request from its method, path and cursor, without allocating, so the
/// in-memory handler and the loopback server add the same (tiny) constant work to every client measured.
/// </summary>
internal sealed class FloraRoutes(byte[][] listChain)
{
    /// <summary>Routes with the single documented list page.</summary>
    public FloraRoutes()
        : this([Payloads.ListPage])
    {
    }

    /// <summary>Returns the status and body for a request, or (404, empty) for anything else.</summary>
    public (int Status, byte[] Body) Route(string method, ReadOnlySpan<char> pathAndQuery)
    {
        if (method == "GET" && pathAndQuery.Contains("/runs/", StringComparison.Ordinal))
        {
            return (200, Payloads.Run);
        }

        var at = pathAndQuery.LastIndexOf("/assets", StringComparison.Ordinal);
        if (at < 0)
        {
            return (404, []);
        }

        var rest = pathAndQuery[(at + "/assets".Length)..];
        if (rest.IsEmpty || rest[0] == '?')
        {
            if (method == "POST")
            {
                return (201, Payloads.Create);
            }

            return (200, listChain[PageIndex(rest)]);
        }

        return rest[0] == '/' && method == "GET" ? (200, Payloads.Retrieve) : (404, []);
    }

    private int PageIndex(ReadOnlySpan<char> query)
    {
        var at = query.IndexOf("cursor=page-", StringComparison.Ordinal);
        if (at < 0)
        {
            return 0;
        }

        var digits = query[(at + "cursor=page-".Length)..];
        var end = digits.IndexOf('&');
        var index = int.Parse(end < 0 ? digits : digits[..end], System.Globalization.CultureInfo.InvariantCulture);
        return Math.Clamp(index, 0, listChain.Length - 1);
    }
}
