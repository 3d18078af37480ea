using System.Diagnostics;
using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>
/// The span of each call: its name and kind, the method, the asset, the final status, the retry count, and on failure
/// its error status and <c>error.type</c>. Listening is process-wide, so these run in the collection that runs alone.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class SendLoopTracingTests : IDisposable
{
    private readonly List<Activity> _spans = [];
    private readonly ActivityListener _listener;

    public SendLoopTracingTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FloraDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span =>
            {
                lock (_spans)
                {
                    _spans.Add(span);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task RetrieveAsync_Succeeds_SpanNamesTheCallAssetAndStatus()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client();

        await client.Assets.RetrieveAsync("asset_abc123");

        var span = Assert.Single(Spans());
        Assert.Equal("assets.retrieve", span.OperationName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("GET", span.GetTagItem("http.request.method"));
        Assert.Equal("asset_abc123", span.GetTagItem("flora.asset_id"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal(0, span.GetTagItem("flora.retry_count"));
        Assert.Null(span.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
    }

    [Fact]
    public async Task RetrieveAsync_RetriedThenSucceeds_SpanHasTheFinalStatusAndRetryCount()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.ServiceUnavailable), Reply.Status(HttpStatusCode.BadGateway), Reply.Fixture(Fixtures.Retrieve, HttpStatusCode.Accepted));
        using var client = api.Client(clock);

        await clock.RunAsync(client.Assets.RetrieveAsync("asset_abc123"));

        var span = Assert.Single(Spans());
        Assert.Equal(202, span.GetTagItem("http.response.status_code"));
        Assert.Equal(2, span.GetTagItem("flora.retry_count"));
    }

    [Fact]
    public async Task RetrieveAsync_NotFound_SpanIsAnErrorWithTheStatusAsErrorType()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.NotFound, "not_found", "No such asset."));
        using var client = api.Client();

        await Assert.ThrowsAsync<FloraNotFoundException>(() => client.Assets.RetrieveAsync("asset_1"));

        var span = Assert.Single(Spans());
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(nameof(FloraNotFoundException), span.StatusDescription);
        Assert.Equal("404", span.GetTagItem("error.type"));
        Assert.Null(span.GetTagItem("http.response.status_code"));
        Assert.Equal(0, span.GetTagItem("flora.retry_count"));
    }

    [Fact]
    public async Task RetrieveAsync_ConnectionFailsEveryTime_SpanCountsTheRetriesAndNamesTheExceptionType()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Throw(new HttpRequestException("refused")));
        using var client = api.Client(clock, o => o.MaxRetries = 2);

        await Assert.ThrowsAsync<FloraConnectionException>(() => clock.RunAsync(client.Assets.RetrieveAsync("asset_1")));

        var span = Assert.Single(Spans());
        Assert.Equal(nameof(FloraConnectionException), span.GetTagItem("error.type"));
        Assert.Equal(nameof(FloraConnectionException), span.StatusDescription);
        Assert.Equal(2, span.GetTagItem("flora.retry_count"));
    }

    [Fact]
    public async Task RetrieveAsync_CallerCancels_SpanIsAnErrorNamingTheCancellation()
    {
        var api = new StubApi().Hang(HttpMethod.Get, "assets/asset_1");
        using var client = api.Client(o => o.Timeout = Timeout.InfiniteTimeSpan);
        using var cts = new CancellationTokenSource();

        var call = client.Assets.RetrieveAsync("asset_1", cancellationToken: cts.Token);
        await api.WaitForCountAsync(1);
        await cts.CancelAsync();
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        var span = Assert.Single(Spans());
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(ex.GetType().Name, span.GetTagItem("error.type"));
    }

    [Fact]
    public async Task CreateAsync_Succeeds_SpanIsTaggedWithTheNewAssetId()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Create, HttpStatusCode.Created));
        using var client = api.Client();

        var created = await client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_1" });

        var span = Assert.Single(Spans());
        Assert.Equal("POST", span.GetTagItem("http.request.method"));
        Assert.Equal(created.AssetId, span.GetTagItem("flora.asset_id"));
        Assert.Equal(201, span.GetTagItem("http.response.status_code"));
    }

    [Fact]
    public void TagCallSpan_CurrentSpanIsSomeoneElses_LeavesItAlone()
    {
        using var foreign = new ActivitySource("Not.Flora");
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Not.Flora",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var span = foreign.StartActivity("theirs");

        ApiTransport.TagCallSpan("flora.asset_id", "asset_1");

        Assert.NotNull(span);
        Assert.Null(span.GetTagItem("flora.asset_id"));
    }

    private List<Activity> Spans()
    {
        lock (_spans)
        {
            return [.. _spans];
        }
    }
}
