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
        Handler.When(method, TestClient.Url(url)).Respond((Func<HttpRequestMessage, Task<HttpResponseMessage>>)(request =>
        {
            Record(request);
            return new TaskCompletionSource<HttpResponseMessage>().Task;
        }));
        return this;
    }

    private void Record(HttpRequestMessage request)
    {
        var recorded = RecordedRequest.Capture(request);
        lock (_requests)
        {
            _requests.Add(recorded);
        }
    }
}
