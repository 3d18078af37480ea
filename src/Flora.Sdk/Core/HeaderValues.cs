using System.Net.Http.Headers;

namespace Flora.Sdk.Core;

/// <summary>Reads a header's first value as sent (unvalidated), for the response types here and the transport alike.</summary>
internal static class HeaderValues
{
    /// <summary>The <c>request-id</c> header, else <c>x-request-id</c>: the id to quote to FLORA support.</summary>
    public static string? RequestId(HttpResponseHeaders headers) =>
        First(headers, "request-id") ?? First(headers, "x-request-id");

    public static string? First(HttpHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out var values) && values.Count > 0
            ? FirstOf(values)
            : null;

    private static string? FirstOf(HeaderStringValues values)
    {
        foreach (var value in values)
        {
            return value;
        }

        return null;
    }
}
