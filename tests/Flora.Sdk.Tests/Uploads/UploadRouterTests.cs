using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.Shared;
using Flora.Sdk.Tests.TestSupport;
using Flora.Sdk.Uploads;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>The choice of path (what is left of the stream, not its length), the 415 fallback's limits, and the upload's span.</summary>
public sealed class UploadRouterTests : IDisposable
{
    private const long FourMiB = 4L * 1024 * 1024;
    private const string Target = "https://upload.test/bucket/r";

    private static readonly AssetUploadParams s_params = new() { WorkspaceId = "ws_1", FileName = "product.png" };

    // W3C ids, which .NET Framework does not default to: without them every root has the same empty trace id.
    private readonly Activity _root = new Activity("upload-router-test").SetIdFormat(ActivityIdFormat.W3C).Start();
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public UploadRouterTests()
    {
        // The listener is process-wide: it samples and keeps only this test's spans, under its own root.
        var trace = _root.TraceId;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FloraDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> o) => o.Parent.TraceId == trace ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStopped = a =>
            {
                if (a.TraceId == trace)
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

    private Activity UploadSpan() => Assert.Single(_stopped, s => s.OperationName == "assets.upload");

    private static string Reservation() => $$"""
        {"asset_id":"asset_s1","status":"pending_upload","upload":{"method":"POST","url":"{{Target}}","form_fields":{"key":"k"} } }
        """;

    [Theory]
    [InlineData(AssetUploadPath.Auto, FourMiB + 1, 1, true)]
    [InlineData(AssetUploadPath.Auto, FourMiB + 1, 0, false)]
    [InlineData(AssetUploadPath.Auto, FourMiB, 0, true)]
    [InlineData(AssetUploadPath.SignedUrl, 10, 0, false)]
    [InlineData(AssetUploadPath.Direct, FourMiB + 1, 0, true)]
    public void IsDirect_CountsTheBytesLeftFromThePosition(AssetUploadPath path, long length, long position, bool direct)
    {
        using var content = new MemoryStream(new byte[length]) { Position = position };

        Assert.Equal(direct, UploadRouter.IsDirect(content, path));
    }

    [Theory]
    [InlineData(AssetUploadPath.Auto, false)]
    [InlineData(AssetUploadPath.Direct, true)]
    public void IsDirect_UnknownLength_IsDirectOnlyWhenAsked(AssetUploadPath path, bool direct) =>
        Assert.Equal(direct, UploadRouter.IsDirect(new NonSeekableStream(new byte[10]), path));

    [Fact]
    public async Task UploadAsync_Direct415OverANonSeekableStream_ThrowsSayingHowToUploadInstead()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Error(HttpStatusCode.UnsupportedMediaType, "input_validation_error", "no direct uploads"));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraException>(() =>
            client.Assets.UploadAsync(new NonSeekableStream(new byte[10]), s_params with { UploadPath = AssetUploadPath.Direct }));

        Assert.Contains("cannot seek back to its start", ex.Message);
        Assert.Contains("AssetUploadPath.SignedUrl", ex.Message);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, Assert.IsType<FloraApiException>(ex.InnerException, exactMatch: false).StatusCode);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task UploadAsync_DirectRefusedOtherwise_ThrowsThatErrorWithoutFallingBack()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Error(HttpStatusCode.BadRequest, "input_validation_error", "bad folder"));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraBadRequestException>(() => client.Assets.UploadAsync(new MemoryStream(new byte[10]), s_params));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task UploadAsync_Direct_SpanNamesThePathTheAssetAndTheBytesFromTheStartPosition()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Json(DirectUploadTests.ReadyDirect(), HttpStatusCode.Created));
        using var client = api.Client();
        using var content = new MemoryStream(new byte[1100]) { Position = 100 };

        await client.Assets.UploadAsync(content, s_params);

        var span = UploadSpan();
        Assert.Equal("direct", span.GetTagItem("flora.upload.path"));
        Assert.Equal(DirectUploadTests.AssetId, span.GetTagItem("flora.asset_id"));
        Assert.Equal(1000L, span.GetTagItem("flora.upload.bytes"));
    }

    [Fact]
    public async Task UploadAsync_Signed_SpanNamesThePathTheAssetAndTheBytesSent()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(), HttpStatusCode.Created))
            .On(HttpMethod.Post, Target, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, "assets/asset_s1/complete", Reply.Json("""{"asset_id":"asset_s1","status":"ready"}"""));
        using var client = api.Client();
        using var content = new MemoryStream(new byte[900]) { Position = 200 };

        await client.Assets.UploadAsync(content, s_params with { UploadPath = AssetUploadPath.SignedUrl });

        var span = UploadSpan();
        Assert.Equal("signed", span.GetTagItem("flora.upload.path"));
        Assert.Equal("asset_s1", span.GetTagItem("flora.asset_id"));
        Assert.Equal(700L, span.GetTagItem("flora.upload.bytes"));
    }

    [Fact]
    public async Task UploadAsync_SignedUploadRetried_SpanCountsOnePassOfBytes()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(), HttpStatusCode.Created))
            .On(HttpMethod.Post, Target, Reply.Status(HttpStatusCode.ServiceUnavailable), Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, "assets/asset_s1/complete", Reply.Json("""{"asset_id":"asset_s1","status":"ready"}"""));
        using var client = api.Client(clock);

        await clock.RunAsync(client.Assets.UploadAsync(new MemoryStream(new byte[300]), s_params with { UploadPath = AssetUploadPath.SignedUrl }));

        Assert.Equal(2, api.Requests.Count(r => r.Uri.AbsoluteUri == Target));
        Assert.Equal(300L, UploadSpan().GetTagItem("flora.upload.bytes"));
    }

    [Fact]
    public async Task UploadAsync_Direct415FallsBack_SpanNamesTheSignedPathAndSendsFromTheStartPosition()
    {
        var api = DirectUploadTests.RefusesDirectTakesSigned();
        using var client = api.Client();
        var bytes = DirectUploadTests.Content(500);
        using var content = new MemoryStream([.. new byte[50], .. bytes]) { Position = 50 };

        await client.Assets.UploadAsync(content, s_params);

        Assert.Equal("signed", UploadSpan().GetTagItem("flora.upload.path"));
        Assert.Equal(500L, UploadSpan().GetTagItem("flora.upload.bytes"));
        var body = api.Requests[2].Body!;
        Assert.Equal(bytes, body.Skip(IndexOf(body, bytes)).Take(bytes.Length));
        Assert.Equal(-1, IndexOf(body, [0, 0, bytes[0], bytes[1]]));
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }
}
