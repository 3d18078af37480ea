using System.Net;
using System.Text;

namespace Flora.Sdk.ReliabilityTests.Infrastructure;

/// <summary>Clients over in-memory handlers: nothing they send leaves the process.</summary>
internal static class TestClients
{
    /// <summary>The key every test client uses; no test output, log or exception may contain it.</summary>
    public const string ApiKey = "sk_live_RELIABILITY_SECRET_7f3a9c1e5b";

    /// <summary>A base URL that is never dialled: only in-memory handlers serve it.</summary>
    public static readonly Uri InMemoryBaseUrl = new("https://api.flora.invalid/api/v1/");

    public static FloraClientOptions Options(Uri? baseUrl = null, Action<FloraClientOptions>? configure = null)
    {
        var options = new FloraClientOptions { ApiKey = ApiKey, BaseUrl = baseUrl ?? InMemoryBaseUrl, MaxRetries = 0, Timeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A client whose API calls and signed-upload bytes both go through <paramref name="handler"/>.</summary>
    public static FloraClient Over(HttpMessageHandler handler, Action<FloraClientOptions>? configure = null, Uri? baseUrl = null) =>
        new(new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan }, Options(baseUrl, o =>
        {
            o.StorageHandler = handler;
            configure?.Invoke(o);
        }));

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
