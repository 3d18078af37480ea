using System.Net;
using System.Net.Http.Headers;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>
/// Downloads against the emulator with <see cref="FloraEmulatorOptions.StoreUploads"/>: each asset's url serves its
/// bytes whole or by range, and <see cref="EmulatorFault.DropDownloadHalfway"/> drops a download halfway.
/// </summary>
public sealed class DownloadTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("flora-dl-it-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task DownloadAsync_StoredUpload_ReturnsTheSameBytes()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true });
        var bytes = TestData.RandomBytes(3 * 1024 * 1024 + 17);
        var uploaded = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator, waitForReady: true));
        using var destination = new MemoryStream();
        long last = 0;

        var asset = await emulator.Client.Assets.DownloadAsync(uploaded.AssetId, destination, new AssetDownloadParams { Progress = new Sync(v => last = v) });

        Assert.Equal(uploaded.AssetId, asset.AssetId);
        Assert.Equal(TestData.Sha256(bytes), TestData.Sha256(destination.ToArray()));
        Assert.Equal(bytes.Length, last);
        await CountWhenSettledAsync(emulator, EmulatorRoute.Content, 1);
        var fetch = Assert.Single(emulator.Requests, r => r.Route == EmulatorRoute.Content);
        Assert.False(fetch.HadAuthorization);
    }

    [Fact]
    public async Task OpenReadAsync_StoredUpload_StreamsTheSameBytesWithoutAuthorization()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true });
        var bytes = TestData.RandomBytes(3 * 1024 * 1024 + 5);
        var uploaded = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator, waitForReady: true));

        var answer = await emulator.Client.Assets.WithRawResponse.OpenReadAsync(uploaded.AssetId);
        using var read = new MemoryStream();
        await using (var stream = answer.Value)
        {
            await stream.CopyToAsync(read);
        }

        Assert.Equal(TestData.Sha256(bytes), TestData.Sha256(read.ToArray()));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(bytes.Length, answer.ContentHeaders?.ContentLength);
        await CountWhenSettledAsync(emulator, EmulatorRoute.Content, 1);
        var fetch = Assert.Single(emulator.Requests, r => r.Route == EmulatorRoute.Content);
        Assert.False(fetch.HadAuthorization);
    }

    [Fact]
    public async Task DownloadAsync_DropHalfwayFault_ResumesWithRangeOnANonSeekableStream()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true });
        var bytes = TestData.RandomBytes(8 * 1024 * 1024);
        var uploaded = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator, waitForReady: true));
        emulator.Faults.Enqueue(EmulatorRoute.Content, EmulatorFault.DropDownloadHalfway());
        await using var destination = new ForwardOnlyStream();

        await emulator.Client.Assets.DownloadAsync(uploaded.AssetId, destination);

        // A non-seekable destination cannot start over: equal bytes mean the second request resumed with a range.
        Assert.Equal(TestData.Sha256(bytes), TestData.Sha256(destination.ToArray()));
        Assert.Equal(1, emulator.Faults.GetInjectedCount(EmulatorFaultKind.DropDownloadHalfway));
        Assert.Equal(2, await CountWhenSettledAsync(emulator, EmulatorRoute.Content, 2));
    }

    [Fact]
    public async Task DownloadFileAsync_DropHalfwayFault_ResumesAndRenames()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true });
        var bytes = TestData.RandomBytes(5 * 1024 * 1024);
        var uploaded = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator, waitForReady: true));
        emulator.Faults.Enqueue(EmulatorRoute.Content, EmulatorFault.DropDownloadHalfway());
        var path = Path.Combine(_dir, "photo.bin");

        await emulator.Client.Assets.DownloadFileAsync(uploaded.AssetId, path);

        Assert.Equal(TestData.Sha256(bytes), TestData.Sha256(await File.ReadAllBytesAsync(path)));
        Assert.Equal(["photo.bin"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task DownloadFileAsync_DropsWithNoRetriesLeft_NothingAtTheDestination_RerunSucceeds()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true });
        var bytes = TestData.RandomBytes(4 * 1024 * 1024);
        var uploaded = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator, waitForReady: true));
        emulator.Faults.Enqueue(EmulatorRoute.Content, EmulatorFault.DropConnection());
        var path = Path.Combine(_dir, "photo.bin");
        var noRetries = new RequestOptions { MaxRetries = 0 };

        await Assert.ThrowsAsync<FloraConnectionException>(() => emulator.Client.Assets.DownloadFileAsync(uploaded.AssetId, path, options: noRetries));
        Assert.False(File.Exists(path));

        await emulator.Client.Assets.DownloadFileAsync(uploaded.AssetId, path, options: noRetries);
        Assert.Equal(TestData.Sha256(bytes), TestData.Sha256(await File.ReadAllBytesAsync(path)));
    }

    [Fact]
    public async Task AssetUrl_ServesWholeAndByRange_WithETagAcceptRangesAnd416()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true });
        var bytes = TestData.RandomBytes(1000);
        var uploaded = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator, waitForReady: true));
        var url = new Uri((await emulator.Client.Assets.RetrieveAsync(uploaded.AssetId)).Url!);
        Assert.True(url.IsLoopback);
        using var http = new HttpClient();

        using var whole = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(1000, whole.Content.Headers.ContentLength);
        Assert.Equal(["bytes"], whole.Headers.AcceptRanges);
        var etag = whole.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal(bytes, await whole.Content.ReadAsByteArrayAsync());

        using var ranged = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(400, null), IfRange = new RangeConditionHeaderValue(etag) } };
        using var part = await http.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal("bytes 400-999/1000", part.Content.Headers.ContentRange!.ToString());
        Assert.Equal(bytes[400..], await part.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(400, null), IfRange = new RangeConditionHeaderValue("\"other\"") } };
        using var restarted = await http.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, restarted.StatusCode);
        Assert.Equal(1000, restarted.Content.Headers.ContentLength);

        using var past = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(1000, null) } };
        using var refused = await http.SendAsync(past);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, refused.StatusCode);
        Assert.Equal("bytes */1000", refused.Content.Headers.ContentRange!.ToString());

        using var suffix = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(null, 10) } };
        using var tail = await http.SendAsync(suffix);
        Assert.Equal(bytes[990..], await tail.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The emulator records a request after its last byte is written, which can be after the client read it.</summary>
    private static async Task<int> CountWhenSettledAsync(FloraEmulator emulator, EmulatorRoute route, int expected)
    {
        for (var i = 0; i < 100 && emulator.CountRequests(route) < expected; i++)
        {
            await Task.Delay(20);
        }

        return emulator.CountRequests(route);
    }

    private sealed class Sync(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    private sealed class ForwardOnlyStream : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
