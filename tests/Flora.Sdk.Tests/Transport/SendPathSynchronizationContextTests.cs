using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Flora.Sdk.Endpoints;
using Flora.Sdk.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Flora.Sdk.Tests.Transport;

/// <summary>
/// The send path never resumes on the caller's <see cref="SynchronizationContext"/> (STYLE.md: library code uses
/// <c>ConfigureAwait(false)</c>), so an app that blocks on a call from a UI or classic ASP.NET thread cannot deadlock.
/// Every response, body stream, read, dispose and retry wait completes later, from the test's loop, each under a new
/// counting context: an await that captured the context current when it started is posted (and counted), because
/// the context completing it is a different one; an await that did not runs inline, under the new context, so the
/// next await is checked the same way.
/// </summary>
public class SendPathSynchronizationContextTests
{
    private const string Ready = """{"asset_id":"asset_s1","status":"ready"}""";

    [Fact]
    public async Task RetrieveAsync_NeverResumesOnTheCallersContext()
    {
        var driver = new Driver(_ => (HttpStatusCode.OK, Ready));

        Assert.Equal(0, await driver.RunAsync(client => client.Assets.RetrieveAsync("asset_s1")));
        Assert.Equal(1, driver.Requests);
    }

    [Fact]
    public async Task RetrieveAsync_AfterARetriedError_NeverResumesOnTheCallersContext()
    {
        var driver = new Driver(attempt => attempt == 1
            ? (HttpStatusCode.ServiceUnavailable, """{"error":{"code":"service_unavailable","message":"busy"}}""")
            : (HttpStatusCode.OK, Ready));

        Assert.Equal(0, await driver.RunAsync(client => client.Assets.RetrieveAsync("asset_s1")));
        Assert.Equal(2, driver.Requests);
    }

    [Fact]
    public async Task RetrieveAsync_RefusedWithABody_NeverResumesOnTheCallersContext()
    {
        var driver = new Driver(_ => (HttpStatusCode.NotFound, """{"error":{"code":"not_found","message":"no such asset"}}"""));

        string? code = null;
        Assert.Equal(0, await driver.RunAsync(async client =>
        {
            // Assert.ThrowsAsync's own awaits capture the context, so the test catches the exception itself.
            try
            {
                return await client.Assets.RetrieveAsync("asset_s1").ConfigureAwait(false);
            }
            catch (FloraNotFoundException ex)
            {
                code = ex.ErrorCode;
                return null;
            }
        }));
        Assert.Equal("not_found", code);
    }

    [Fact]
    public async Task CompleteAsync_RecoveredAfterALostAnswer_NeverResumesOnTheCallersContext()
    {
        var driver = new Driver((attempt, request) => request.Method == HttpMethod.Get ? (HttpStatusCode.OK, Ready)
            : attempt == 1 ? (HttpStatusCode.BadGateway, string.Empty)
            : (HttpStatusCode.Conflict, """{"error":{"code":"idempotency_duplicate","message":"already processed"}}"""));

        Assert.Equal(0, await driver.RunAsync(client => client.Assets.CompleteAsync("asset_s1")));
        Assert.Equal(3, driver.Requests);
    }

    [Fact]
    public async Task ListPageAsync_NeverResumesOnTheCallersContext()
    {
        var driver = new Driver(_ => (HttpStatusCode.OK, """{"assets":[{"asset_id":"a1"}],"meta":{"next_cursor":null}}"""));

        Assert.Equal(0, await driver.RunAsync(client => client.Assets.WithRawResponse.ListPageAsync()));
        Assert.Equal(0, await driver.RunAsync(client => new AssetEndpoints(client.Api).ListPageAsync(null, "c1", null, default)));
    }

    [Fact]
    public async Task SendAsync_AnyEndpoint_NeverResumesOnTheCallersContext()
    {
        var driver = new Driver(_ => (HttpStatusCode.OK, """{"id":"t_1"}"""));

        Assert.Equal(0, await driver.RunAsync(client => client.SendAsync(HttpMethod.Get, "things/t_1")));
    }

    /// <summary>
    /// Runs one call on the test's thread, completing every pending piece of work (and, when none is pending, the retry
    /// waits on the fake clock) under a new context each time.
    /// </summary>
    private sealed class Driver(Func<int, HttpRequestMessage, (HttpStatusCode Status, string Body)> respond)
    {
        private readonly ConcurrentQueue<Action> _pending = new();
        private readonly FakeTimeProvider _clock = new();
        private int _posts;
        private int _requests;

        public Driver(Func<int, (HttpStatusCode Status, string Body)> respond)
            : this((attempt, _) => respond(attempt))
        {
        }

        public int Requests => Volatile.Read(ref _requests);

        /// <returns>How many continuations the SDK posted to a context it had captured.</returns>
        public async Task<int> RunAsync<T>(Func<FloraClient, Task<T>> call)
        {
            using var client = new FloraClient(new HttpClient(new LaterHandler(this)), new FloraClientOptions
            {
                ApiKey = TestClient.ApiKey,
                BaseUrl = new Uri(TestClient.BaseUrl),
                TimeProvider = _clock,
                Timeout = Timeout.InfiniteTimeSpan,
                MaxRetries = 2,
            });

            _posts = 0;
            Task<T>? task = null;
            UnderNewContext(() => task = call(client));
            var guard = Stopwatch.StartNew();
            while (!task!.IsCompleted)
            {
                Assert.True(guard.Elapsed < TimeSpan.FromSeconds(30), "The call made no progress in 30 seconds.");
                if (_pending.TryDequeue(out var next))
                {
                    UnderNewContext(next);
                }
                else
                {
                    // Nothing is pending, so the call waits on the clock (a retry's backoff).
                    UnderNewContext(() => _clock.Advance(TimeSpan.FromMinutes(1)));
                    Thread.Sleep(1);
                }
            }

            await task.ConfigureAwait(false);
            return Volatile.Read(ref _posts);
        }

        /// <summary>A task the test's loop completes later, under a context other than the one current now.</summary>
        public Task<T> Later<T>(Func<T> result)
        {
            var source = new TaskCompletionSource<T>();
            _pending.Enqueue(() =>
            {
                try
                {
                    source.SetResult(result());
                }
                catch (Exception ex)
                {
                    source.SetException(ex);
                }
            });
            return source.Task;
        }

        public (HttpStatusCode Status, string Body) Respond(HttpRequestMessage request) =>
            respond(Interlocked.Increment(ref _requests), request);

        private void UnderNewContext(Action action)
        {
            var previous = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(new CountingContext(this));
            try
            {
                action();
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(previous);
            }
        }

        private sealed class CountingContext(Driver driver) : SynchronizationContext
        {
            public override void Post(SendOrPostCallback d, object? state)
            {
                Interlocked.Increment(ref driver._posts);
                driver._pending.Enqueue(() => d(state));
            }

            public override void Send(SendOrPostCallback d, object? state)
            {
                Interlocked.Increment(ref driver._posts);
                d(state);
            }

            public override SynchronizationContext CreateCopy() => this;
        }
    }

    private sealed class LaterHandler(Driver driver) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            driver.Later(() =>
            {
                var (status, body) = driver.Respond(request);
                return new HttpResponseMessage(status) { Content = new LaterContent(driver, Encoding.UTF8.GetBytes(body)), RequestMessage = request };
            });
    }

    private sealed class LaterContent(Driver driver, byte[] body) : HttpContent
    {
        protected override Task<Stream> CreateContentReadStreamAsync() => driver.Later<Stream>(() => new LaterStream(driver, body));

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body, 0, body.Length);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private sealed class LaterStream(Driver driver, byte[] body) : MemoryStream(body)
    {
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            var read = Read(buffer, offset, count);
            return driver.Later(() => read);
        }

#if NETCOREAPP
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = Read(buffer.Span);
            return new ValueTask<int>(driver.Later(() => read));
        }

        public override async ValueTask DisposeAsync()
        {
            // Resumes inline where the loop completes it: the await after it is then checked under the new context.
            await driver.Later(() => 0).ConfigureAwait(false);
            await base.DisposeAsync().ConfigureAwait(false);
        }
#endif
    }
}
