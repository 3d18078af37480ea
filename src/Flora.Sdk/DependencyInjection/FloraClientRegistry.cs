namespace Flora.Sdk.DependencyInjection;

/// <summary>The names passed to <c>AddFloraClient</c>, so an unknown name fails clearly instead of using defaults.</summary>
internal sealed class FloraClientRegistry
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>The <see cref="System.Net.Http.IHttpClientFactory"/> name of the client registered under <paramref name="name"/>.</summary>
    public static string HttpClientName(string name) => name.Length == 0 ? "Flora.Sdk" : "Flora.Sdk:" + name;

    public void Add(string name)
    {
        lock (_names)
        {
            _names.Add(name);
        }
    }

    public bool Contains(string name)
    {
        lock (_names)
        {
            return _names.Contains(name);
        }
    }
}
