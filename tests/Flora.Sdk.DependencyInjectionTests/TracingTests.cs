using System.Collections.Concurrent;
using System.Diagnostics;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.DependencyInjectionTests;

/// <summary>The "Flora.Sdk" ActivitySource, against the emulator (real HTTP on loopback).</summary>
[Collection(nameof(TracingTests))] // ActivityListener is process-wide: keep these tests apart from each other.
public sealed class TracingTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;
    private readonly string _testRoot;
    private readonly Activity _root;

    public TracingTests()
    {
        // Each test runs under its own root activity so spans from other tests running in parallel are filtered out.
        _root = new Activity("test-root").Start();
        _testRoot = _root.TraceId.ToString();
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FloraDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.TraceId.ToString() == _testRoot)
                {
                    _stopped.Enqueue(a);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _root.Stop();
    }

    [Fact]
    public async Task UploadAsync_Span_IsTheParentOfCreateUploadAndCompleteSpans()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var content = new MemoryStream(new byte[4096]);

        // The signed path: the one with create, upload and complete steps (a small file goes direct unless told otherwise).
        var asset = await emulator.Client.Assets.UploadAsync(content, new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "a.png", UploadPath = AssetUploadPath.SignedUrl });

        var spans = _stopped.ToList();
        var upload = Assert.Single(spans, s => s.OperationName == "assets.upload");
        Assert.Equal(_root.SpanId, upload.ParentSpanId);
        Assert.Equal(asset.AssetId, upload.GetTagItem("flora.asset_id"));
        Assert.Equal("signed", upload.GetTagItem("flora.upload.path"));
        Assert.Equal(4096L, upload.GetTagItem("flora.upload.bytes"));
        var children = spans.Where(s => s.ParentSpanId == upload.SpanId).Select(s => s.OperationName).ToList();
        Assert.Equal(["assets.create", "assets.upload.send", "assets.complete"], children);
        foreach (var child in spans.Where(s => s.ParentSpanId == upload.SpanId))
        {
            Assert.Equal(ActivityKind.Client, child.Kind);
            Assert.Equal(asset.AssetId, child.GetTagItem("flora.asset_id"));
            Assert.Equal(0, child.GetTagItem("flora.retry_count"));
        }
    }

    [Fact]
    public async Task UploadAsync_DirectPath_IsAnUploadSpanWithItsOneCreateSpan()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var content = new MemoryStream(new byte[2048]);

        var asset = await emulator.Client.Assets.UploadAsync(content, new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "small.png" });

        var spans = _stopped.ToList();
        var upload = Assert.Single(spans, s => s.OperationName == "assets.upload");
        Assert.Equal(_root.SpanId, upload.ParentSpanId);
        Assert.Equal(ActivityKind.Internal, upload.Kind);
        Assert.Equal("direct", upload.GetTagItem("flora.upload.path"));
        Assert.Equal(asset.AssetId, upload.GetTagItem("flora.asset_id"));
        Assert.Equal(2048L, upload.GetTagItem("flora.upload.bytes"));
        var create = Assert.Single(spans, s => s.ParentSpanId == upload.SpanId);
        Assert.Equal("assets.create", create.OperationName);
        Assert.Equal(ActivityKind.Client, create.Kind);
    }

    [Fact]
    public async Task RetrieveAsync_RetriedCall_IsOneSpanWithItsRetryCount()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var created = await emulator.Client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = emulator.WorkspaceId, FileName = "b.png" });
        emulator.Faults.Enqueue(EmulatorRoute.Retrieve, EmulatorFault.RateLimited(TimeSpan.FromMilliseconds(1)));
        _stopped.Clear();

        await emulator.Client.Assets.RetrieveAsync(created.AssetId);

        var span = Assert.Single(_stopped);
        Assert.Equal("assets.retrieve", span.OperationName);
        Assert.Equal(1, span.GetTagItem("flora.retry_count"));
        Assert.Equal(created.AssetId, span.GetTagItem("flora.asset_id"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
    }

    [Fact]
    public async Task FailedCall_SpanHasErrorStatusAndNoTagOrEventHoldsTheKey()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var wrong = emulator.CreateClient(o => o.ApiKey = "sk_wrong_key_for_tracing");

        await Assert.ThrowsAsync<FloraAuthenticationException>(() => wrong.Assets.RetrieveAsync("asset_missing"));
        await emulator.Client.Assets.ListAsync().AsPages().FirstAsync();

        var spans = _stopped.ToList();
        var failed = Assert.Single(spans, s => s.OperationName == "assets.retrieve");
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.Equal("401", failed.GetTagItem("error.type"));
        Assert.Single(spans, s => s.OperationName == "assets.list");
        foreach (var span in spans)
        {
            foreach (var tag in span.TagObjects)
            {
                var text = Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                Assert.DoesNotContain("sk_wrong_key_for_tracing", text, StringComparison.Ordinal);
                Assert.DoesNotContain(emulator.ApiKey, text, StringComparison.Ordinal);
            }
        }
    }
}
