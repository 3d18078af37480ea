using System.Text;

namespace Flora.Sdk.Endpoints;

/// <summary>A relative URI with a query: each value escaped, null values left out, in the order added.</summary>
internal sealed class QueryBuilder(string path)
{
    private readonly StringBuilder _uri = new(path);
    private char _separator = '?';

    public QueryBuilder Add(string name, string? value)
    {
        if (value is not null)
        {
            _uri.Append(_separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            _separator = '&';
        }

        return this;
    }

    public QueryBuilder Add(string name, int? value) =>
        Add(name, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => _uri.ToString();
}
