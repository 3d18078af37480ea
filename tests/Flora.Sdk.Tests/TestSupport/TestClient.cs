using RichardSzalay.MockHttp;

namespace Flora.Sdk.Tests.TestSupport;

/// <summary>Builds a <see cref="FloraClient"/> over an in-memory MockHttp handler; nothing leaves the process.</summary>
internal static class TestClient
{
    /// <summary>A recognisable key, so tests can assert it never leaks.</summary>
    public const string ApiKey = "sk_test_Sup3rSecretKey_9f8e7d";

    public const string BaseUrl = "https://api.flora.test/api/v1/";

    /// <summary>
    /// Creates a client with a fake clock nobody advances: no test depends on real time, and a retry wait the test did
    /// not expect fails it at once (see <see cref="TestClock.UndrivenAttemptTimeout"/>).
    /// </summary>
    public static FloraClient Create(MockHttpMessageHandler handler, Action<FloraClientOptions>? configure = null)
    {
        var undriven = new TestClock();
        var options = new FloraClientOptions
        {
            ApiKey = ApiKey,
            BaseUrl = new Uri(BaseUrl),
            TimeProvider = undriven,

            // The signed target's bytes go through the same in-memory handler (by default they would use the SDK's own transport).
            StorageHandler = handler,
        };
        configure?.Invoke(options);
        if (ReferenceEquals(options.TimeProvider, undriven))
        {
            // Nobody drives this clock: an unexpected retry wait must fail the test, not hang it.
            undriven.UndrivenAttemptTimeout = options.Timeout;
        }

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
