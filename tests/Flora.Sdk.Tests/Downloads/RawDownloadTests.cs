// .NET-only test APIs (temp directories): the net472 leg of Flora.Sdk.Tests.NetStandard skips these.
#if NET
using System.Net;
using Flora.Sdk.Tests.TestSupport;
using static Flora.Sdk.Tests.Downloads.AssetDownloadTests;

namespace Flora.Sdk.Tests.Downloads;

/// <summary>
/// The raw twins of the downloads (<see cref="IAssetServiceWithRawResponse.DownloadAsync"/> and
/// <see cref="IAssetServiceWithRawResponse.DownloadFileAsync"/>): their status and headers are the storage host's
/// final answer, never the retrieve's.
/// </summary>
public sealed class RawDownloadTests : IDisposable
{
    private const string Redirected = "https://cdn.flora.test/files/redirected.bin";
    private readonly string _dir = Directory.CreateTempSubdirectory("flora-rawdl-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task DownloadAsync_Raw_CarriesTheFinalHostsStatusAndHeadersAfterARedirect()
    {
        var host = new FakeDownloadHost(s_bytes) { ContentType = "image/png", ETag = "\"v7\"" };
        host.Redirects[FileUrl] = Redirected;
        using var client = Client(RetrieveWithRequestId(), host, new TestClock());
        using var destination = new MemoryStream();

        var answer = await client.Assets.WithRawResponse.DownloadAsync(AssetId, destination);

        Assert.Equal(AssetId, answer.Value.AssetId);
        Assert.Equal(s_bytes, destination.ToArray());
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("\"v7\"", answer.Headers.ETag?.Tag);
        Assert.Equal("image/png", answer.ContentHeaders?.ContentType?.MediaType);
        Assert.Equal(s_bytes.Length, answer.ContentHeaders?.ContentLength);
        Assert.Null(answer.RequestId);
        Assert.Equal(Redirected, host.Requests[^1].RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task DownloadAsync_RawAfterAResume_CarriesThePartialAnswer()
    {
        var host = new FakeDownloadHost(s_bytes) { Drops = 1 };
        var clock = new TestClock();
        using var client = Client(Api(), host, clock);
        using var destination = new MemoryStream();

        var answer = await clock.RunAsync(client.Assets.WithRawResponse.DownloadAsync(AssetId, destination));

        Assert.Equal(s_bytes, destination.ToArray());
        Assert.Equal(HttpStatusCode.PartialContent, answer.StatusCode);
        Assert.Equal(s_bytes.Length - (s_bytes.Length / 2), answer.ContentHeaders?.ContentLength);
    }

    [Fact]
    public async Task DownloadFileAsync_Raw_CarriesTheHostsHeadersAndWritesTheFile()
    {
        var host = new FakeDownloadHost(s_bytes) { ContentType = "application/octet-stream" };
        using var client = Client(RetrieveWithRequestId(), host, new TestClock());
        var path = Path.Combine(_dir, "a.bin");

        var answer = await client.Assets.WithRawResponse.DownloadFileAsync(AssetId, path);

        Assert.Equal(s_bytes, await File.ReadAllBytesAsync(path));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("\"v1\"", answer.Headers.ETag?.Tag);
        Assert.Equal("application/octet-stream", answer.ContentHeaders?.ContentType?.MediaType);
        Assert.Null(answer.RequestId);
    }

    /// <summary>The retrieve, answered with a request id the host's answer does not have.</summary>
    internal static StubApi RetrieveWithRequestId() =>
        new StubApi().On(
            HttpMethod.Get,
            "assets/" + AssetId,
            Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"ready","workspace_id":"ws_1","url":"{{FileUrl}}","size_bytes":{{s_bytes.Length}}}""", HttpStatusCode.OK, ("request-id", "req_retrieve")));
}
#endif
