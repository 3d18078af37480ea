using RichardSzalay.MockHttp;

namespace Flora.Sdk.Tests.TestSupport;

/// <summary>Builds a <see cref="FloraClient"/> over an in-memory MockHttp handler; nothing leaves the process.</summary>
internal static class TestClient
{
    /// <summary>A recognisable key, so tests can assert it never leaks.</summary>
    public const string ApiKey = "sk_test_Sup3rSecretKey_9f8e7d";

    public const string BaseUrl = "https://api.flora.test/api/v1/";

    /// <summary>Creates a client with a fake clock (so no test depends on, or waits for, real time).</summary>
    public static FloraClient Create(MockHttpMessageHandler handler, Action<FloraClientOptions>? configure = null)
    {
        var options = new FloraClientOptions
        {
            ApiKey = ApiKey,
            BaseUrl = new Uri(BaseUrl),
            TimeProvider = new TestClock(),
        };
        configure?.Invoke(options);
        return new FloraClient(new HttpClient(handler), options);
    }

    /// <summary>
    /// Creates a client whose waits are driven by <paramref name="clock"/>. The per-attempt timeout is off unless
    /// <paramref name="configure"/> sets one, so that <see cref="TestClock.RunAsync{T}"/> only advances retry waits.
    /// </summary>
    public static FloraClient Create(MockHttpMessageHandler handler, TestClock clock, Action<FloraClientOptions>? configure = null) =>
        Create(handler, o =>
        {
            o.TimeProvider = clock;
            o.Timeout = Timeout.InfiniteTimeSpan;
            configure?.Invoke(o);
        });

    public static string Url(string relative) => BaseUrl + relative;
}
