using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;

namespace Flora.Sdk.Tests.TestSupport;

/// <summary>
/// Checks that a call never resumes on the caller's <see cref="SynchronizationContext"/> (STYLE.md: library code uses
/// <c>ConfigureAwait(false)</c>, so an app that blocks on a call from a UI or classic ASP.NET thread cannot deadlock).
/// <para>
/// Only an await made while the caller's context is current can capture it, and after the first real suspension the
/// SDK runs on the pool. So the call runs once per step it takes (a response, a body stream, a read of a response or
/// of the upload's source, a dispose): in run N every step before N completes at once and step N is left pending, so
/// the call first suspends at step N with every await then on the stack made under a counting context. An await that
/// captured it is posted to it, and counted. Retry and poll waits on the test clock are suspensions too.
/// </para>
/// </summary>
internal sealed class StepDriver
{
    private readonly Func<HttpRequestMessage, int, (HttpStatusCode Status, string Body)> _respond;
    private readonly int _pendingStep;
    private readonly ConcurrentQueue<Action> _pending = new();
    private readonly ConcurrentDictionary<string, int> _asked = new();
    private readonly TestClock _clock = new();
    private int _posts;
    private int _requests;
    private int _steps;

    /// <param name="respond">The answer to a request, given how many times its method and URL were asked so far (from 1).</param>
    /// <param name="pendingStep">The step left pending (from 1); 0 leaves none.</param>
    private StepDriver(Func<HttpRequestMessage, int, (HttpStatusCode Status, string Body)> respond, int pendingStep)
    {
        _respond = respond;
        _pendingStep = pendingStep;
    }

    public int Requests => Volatile.Read(ref _requests);

    public int Steps => Volatile.Read(ref _steps);

    /// <summary>Runs <paramref name="call"/> with no step pending (to count its steps), then once with each step pending.</summary>
    /// <param name="respond">The answer to a request, given how many times its method and URL were asked so far (from 1).</param>
    /// <param name="call">The call, given a fresh client and an upload source whose reads are steps.</param>
    /// <param name="check">Checks each run's result and requests, so that every run is known to have done the whole call.</param>
    /// <returns>The number of steps the call took.</returns>
    public static async Task<int> AssertAtEveryStepAsync<T>(
        Func<HttpRequestMessage, int, (HttpStatusCode Status, string Body)> respond,
        Func<FloraClient, Func<byte[], Stream>, Task<T>> call,
        Action<T, StepDriver> check)
    {
        var steps = 0;
        var requests = 0;
        for (var pendingStep = 0; pendingStep <= steps; pendingStep++)
        {
            var run = new StepDriver(respond, pendingStep);
            var (result, posts) = await run.RunAsync(call);

            Assert.True(posts == 0, $"With step {pendingStep} of {steps} pending, the SDK resumed on the caller's context {posts} times.");
            check(result, run);
            if (pendingStep == 0)
            {
                (steps, requests) = (run.Steps, run.Requests);
            }

            // A pending step changes when the call goes on, never what it sends.
            Assert.Equal(requests, run.Requests);
        }

        Assert.True(steps > 0, "The call took no step: nothing was checked.");
        return steps;
    }

    private async Task<(T Result, int Posts)> RunAsync<T>(Func<FloraClient, Func<byte[], Stream>, Task<T>> call)
    {
        using var client = new FloraClient(new HttpClient(new StepHandler(this)), new FloraClientOptions
        {
            ApiKey = TestClient.ApiKey,
            BaseUrl = new Uri(TestClient.BaseUrl),
            TimeProvider = _clock,
            Timeout = Timeout.InfiniteTimeSpan,
            MaxRetries = 2,
            StorageHandler = new StepHandler(this),
        });

        var previous = SynchronizationContext.Current;
        Task<T> task;
        SynchronizationContext.SetSynchronizationContext(new CountingContext(this));
        try
        {
            task = call(client, bytes => new StepStream(this, bytes));
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(null);
        }

        try
        {
            var guard = Stopwatch.StartNew();
            while (!task.IsCompleted)
            {
                Assert.True(guard.Elapsed < TimeSpan.FromSeconds(30), "The call made no progress in 30 seconds.");
                if (_pending.TryDequeue(out var next))
                {
                    next();
                }
                else if (_clock.TryTakeTimer(out var due))
                {
                    // A retry's backoff or a poll's pause: exactly as long as the SDK asked, so the clock never runs ahead.
                    _clock.Advance(due);
                }
                else
                {
                    // The call is busy on the pool (a batch item).
                    Thread.Sleep(1);
                }
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        return (await task.ConfigureAwait(false), Volatile.Read(ref _posts));
    }

    /// <summary>One step of the call: completed at once, or, when it is the pending step, later by the run's loop.</summary>
    private Task<T> Step<T>(Func<T> result)
    {
        if (Interlocked.Increment(ref _steps) != _pendingStep)
        {
            try
            {
                return Task.FromResult(result());
            }
            catch (Exception ex)
            {
                return Task.FromException<T>(ex);
            }
        }

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

    private HttpResponseMessage Respond(HttpRequestMessage request)
    {
        Interlocked.Increment(ref _requests);
        var route = request.Method + " " + request.RequestUri!.GetLeftPart(UriPartial.Path);
        var (status, body) = _respond(request, _asked.AddOrUpdate(route, 1, (_, asked) => asked + 1));
        var response = new HttpResponseMessage(status) { Content = new StepContent(this, Encoding.UTF8.GetBytes(body)), RequestMessage = request };

        // A retry follows at once, so the steps after it are reached before any wait on the clock.
        response.Headers.TryAddWithoutValidation("retry-after-ms", "0");
        return response;
    }

    private sealed class CountingContext(StepDriver driver) : SynchronizationContext
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

    private sealed class StepHandler(StepDriver driver) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is { } content)
            {
                // Sends the body as a server would receive it: the upload's source is read, a step per read.
#if NET9_0_OR_GREATER
                await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
                await content.LoadIntoBufferAsync().ConfigureAwait(false);
#endif
            }

            return await driver.Step(() => driver.Respond(request)).ConfigureAwait(false);
        }
    }

    private sealed class StepContent(StepDriver driver, byte[] body) : HttpContent
    {
        protected override Task<Stream> CreateContentReadStreamAsync() => driver.Step<Stream>(() => new StepStream(driver, body));

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body, 0, body.Length);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private sealed class StepStream(StepDriver driver, byte[] body) : MemoryStream(body)
    {
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            var read = Read(buffer, offset, count);
            return driver.Step(() => read);
        }

#if NETCOREAPP
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = Read(buffer.Span);
            return new ValueTask<int>(driver.Step(() => read));
        }

        public override async ValueTask DisposeAsync()
        {
            await driver.Step(() => 0).ConfigureAwait(false);
            await base.DisposeAsync().ConfigureAwait(false);
        }
#endif
    }
}
