using System.Net;
using RichardSzalay.MockHttp;

namespace Flora.Sdk.Tests.TestSupport;

/// <summary>
/// A MockHttp handler that records every request and answers each route with a script of responses (the last one
/// repeats). Requests no route matches fail the test with the method and URL.
/// </summary>
internal sealed class StubApi
{
    private readonly List<RecordedRequest> _requests = [];
    private readonly SemaphoreSlim _recorded = new(0);

    public StubApi()
    {
        Handler.Fallback.Respond(request =>
        {
            Record(request);
            throw new Xunit.Sdk.XunitException($"Unexpected request {request.Method} {request.RequestUri}");
        });
    }

    public MockHttpMessageHandler Handler { get; } = new();

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_requests)
            {
                return _requests.Count;
            }
        }
    }

    public RecordedRequest Single() => Assert.Single(Requests);

    public FloraClient Client(Action<FloraClientOptions>? configure = null) => TestClient.Create(Handler, configure);

    public FloraClient Client(TestClock clock, Action<FloraClientOptions>? configure = null) => TestClient.Create(Handler, clock, configure);

    /// <summary>Answers <paramref name="method"/> on <paramref name="url"/> (absolute, or relative to the test base URL) with the steps in order.</summary>
    public StubApi On(HttpMethod method, string url, params Func<HttpRequestMessage, HttpResponseMessage>[] steps)
    {
        var absolute = url.StartsWith("https://", StringComparison.Ordinal) ? url : TestClient.Url(url);
        var next = 0;
        Handler.When(method, absolute).Respond(request =>
        {
            Record(request);
            var index = Math.Min(Interlocked.Increment(ref next) - 1, steps.Length - 1);
            return steps[index](request);
        });
        return this;
    }

    /// <summary>Answers every request (whatever its URL) with the steps in order.</summary>
    public StubApi OnAny(params Func<HttpRequestMessage, HttpResponseMessage>[] steps)
    {
        var next = 0;
        Handler.When("*").Respond(request =>
        {
            Record(request);
            var index = Math.Min(Interlocked.Increment(ref next) - 1, steps.Length - 1);
            return steps[index](request);
        });
        return this;
    }

    /// <summary>Records the request and never answers; the SDK's cancellation (timeout or caller) ends it.</summary>
    public StubApi Hang(HttpMethod method, string url)
    {
        var absolute = url.StartsWith("https://", StringComparison.Ordinal) ? url : TestClient.Url(url);
        Handler.When(method, absolute).Respond((Func<HttpRequestMessage, Task<HttpResponseMessage>>)(request =>
        {
            Record(request);
            return new TaskCompletionSource<HttpResponseMessage>().Task;
        }));
        return this;
    }

    /// <summary>
    /// Answers <paramref name="method"/> on <paramref name="url"/> when <paramref name="answer"/>'s task completes, so a
    /// test can hold requests in flight (a gate per request) and release them in the order it chooses.
    /// </summary>
    public StubApi OnHeld(HttpMethod method, string url, Func<RecordedRequest, Task<HttpResponseMessage>> answer)
    {
        var absolute = url.StartsWith("https://", StringComparison.Ordinal) ? url : TestClient.Url(url);
        Handler.When(method, absolute).Respond((Func<HttpRequestMessage, Task<HttpResponseMessage>>)(request => answer(Record(request))));
        return this;
    }

    private RecordedRequest Record(HttpRequestMessage request)
    {
        var recorded = RecordedRequest.Capture(request);
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        _recorded.Release();
        return recorded;
    }

    /// <summary>Waits (in real time, bounded) until at least <paramref name="count"/> requests reached the handler.</summary>
    public async Task WaitForCountAsync(int count)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Count < count)
        {
            await _recorded.WaitAsync(guard.Token);
        }
    }

    /// <summary>
    /// Waits until the SDK has gone quiet: no request reached the handler and no timer was created on
    /// <paramref name="clock"/> for a short real-time window. A count taken afterwards includes an extra attempt the SDK
    /// should not have made but that was still on its way (the clock's callbacks run the SDK's continuations on the pool).
    /// </summary>
    public async Task SettleAsync(TestClock? clock = null)
    {
        var quiet = TimeSpan.FromMilliseconds(100);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        var before = (Count, Timers(clock));
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(quiet);
            var now = (Count, Timers(clock));
            if (now == before)
            {
                return;
            }

            before = now;
        }

        throw new Xunit.Sdk.XunitException("The SDK kept sending requests or starting timers for 10 s: it never went quiet.");
    }

    private static int Timers(TestClock? clock)
    {
        if (clock is null)
        {
            return 0;
        }

        lock (clock.CreatedTimers)
        {
            return clock.CreatedTimers.Count;
        }
    }
}
