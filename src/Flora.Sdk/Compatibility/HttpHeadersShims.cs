#if NETSTANDARD2_0
using System.Net.Http.Headers;

namespace Flora.Sdk.Compatibility;

/// <summary><c>HttpHeaders.NonValidated</c> for netstandard2.0, over <see cref="HttpHeaders.TryGetValues"/>.</summary>
internal static class HttpHeadersShims
{
    extension(HttpHeaders headers)
    {
        public NonValidatedHeaders NonValidated => new(headers);
    }
}

/// <summary>The part of <c>HttpHeadersNonValidated</c> the SDK uses.</summary>
internal readonly struct NonValidatedHeaders(HttpHeaders headers)
{
    public bool TryGetValues(string name, out HeaderStringValues values)
    {
        if (headers.TryGetValues(name, out var found))
        {
            values = new HeaderStringValues([.. found]);
            return true;
        }

        values = default;
        return false;
    }
}

/// <summary>The part of <c>System.Net.Http.Headers.HeaderStringValues</c> the SDK uses.</summary>
internal readonly struct HeaderStringValues(string[] values) : IEnumerable<string>
{
    private readonly string[] _values = values;

    public int Count => _values?.Length ?? 0;

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)(_values ?? [])).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
#endif
