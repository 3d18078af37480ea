using Flora.Sdk.Benchmarks.Baseline;
using Flora.Sdk.Benchmarks.RefitClient;

namespace Flora.Sdk.Benchmarks.Infrastructure;

/// <summary>The three clients compared, each over its own <see cref="HttpClient"/> on the same kind of handler.</summary>
internal sealed class ClientSet : IDisposable
{
    private readonly List<HttpClient> _httpClients = [];

    public ClientSet(Func<HttpMessageHandler> handlerFactory, string baseUrl, string apiKey = Payloads.ApiKey)
    {
        var baselineHttp = Track(new HttpClient(handlerFactory()));
        Baseline = new BaselineClient(baselineHttp, baseUrl, apiKey);

        Refit = RefitFactory.Create(Track(new HttpClient(handlerFactory())), baseUrl, apiKey);

        Sdk = new FloraClient(
            Track(new HttpClient(handlerFactory())),
            new FloraClientOptions { ApiKey = apiKey, BaseUrl = new Uri(baseUrl) });
    }

    public BaselineClient Baseline { get; }

    public IFloraRefitApi Refit { get; }

    public FloraClient Sdk { get; }

    /// <summary>Clients over in-memory handlers. The base URL is loopback so nothing could ever leave the machine.</summary>
    public static ClientSet InMemory(FloraRoutes routes) =>
        new(() => new InMemoryFloraHandler(routes), "http://127.0.0.1:9/api/v1/");

    /// <summary>Clients over real sockets to a loopback server.</summary>
    public static ClientSet Loopback(string baseUrl, string apiKey = Payloads.ApiKey) =>
        new(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, baseUrl, apiKey);

    public void Dispose()
    {
        Sdk.Dispose();
        foreach (var http in _httpClients)
        {
            http.Dispose();
        }
    }

    private HttpClient Track(HttpClient http)
    {
        _httpClients.Add(http);
        return http;
    }
}
