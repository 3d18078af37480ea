using System.Net;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>A download's errors are told as a download's by the one factory, so the downloader throws them unchanged.</summary>
public partial class FloraErrorsTests
{
    [Fact]
    public async Task FromResponseAsync_DownloadRefused_NamesTheAssetAndTheExpiredUrl()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            Content = new StringContent("expired"),
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, "https://cdn.flora.test/blob"),
        };

        var ex = Assert.IsType<FloraStorageHostException>(
            await FloraErrors.FromResponseAsync(response, Download(), 2, s_redactor, s_now, default));

        Assert.Equal(
            "The host cdn.flora.test answered the download of asset 'asset_1' with 403 Forbidden on attempt 2; its body is in ResponseBody. " +
            "The asset's url may have expired: retrieve the asset and download again.",
            ex.Message);
        Assert.Equal("cdn.flora.test", ex.Host);
        Assert.Equal("expired", ex.ResponseBody);
    }

    [Fact]
    public void FromTransport_DownloadWithProgress_SaysHowFarItGot()
    {
        var timedOut = FloraErrors.FromTransport(new OperationCanceledException(), Download(), 1, "cdn.flora.test", "10 bytes had arrived.", s_redactor, default);
        var dropped = FloraErrors.FromTransport(new IOException("reset"), Download(), 3, "cdn.flora.test", "10 bytes had arrived.", s_redactor, default);

        Assert.IsType<FloraTimeoutException>(timedOut);
        Assert.StartsWith("The download of asset 'asset_1' timed out: attempt 1 got no complete response within 2 s.", timedOut.Message, StringComparison.Ordinal);
        Assert.EndsWith(" 10 bytes had arrived.", timedOut.Message, StringComparison.Ordinal);
        Assert.Equal(
            "The download of asset 'asset_1' could not complete: the connection to cdn.flora.test failed on attempt 3 (reset). Check the network. 10 bytes had arrived.",
            dropped!.Message);
    }

    [Fact]
    public void PartialAnswer_NamesWhatAskedForTheWholeFile()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.PartialContent) { RequestMessage = new HttpRequestMessage(HttpMethod.Get, "https://cdn.flora.test/b") };
        using var hostless = new HttpResponseMessage(HttpStatusCode.PartialContent);

        var ex = FloraErrors.PartialAnswer("asset_1", response, "opening");

        Assert.Equal(
            "The host answered the opening of asset 'asset_1', which asked for the whole file, with 206 Partial Content: a part " +
            "of the bytes is not the asset, so none were kept. Try again later, or ask the host's owner.",
            ex.Message);
        Assert.Equal(HttpStatusCode.PartialContent, ex.StatusCode);
        Assert.Equal("cdn.flora.test", ex.Host);
        Assert.Equal("the storage host", FloraErrors.PartialAnswer("asset_1", hostless, "download").Host);
    }

    [Fact]
    public void FollowedRedirect_StorageHostOrSameUri_IsNotARefusal()
    {
        var sent = new Uri("https://api.flora.test/api/v1/assets/a");
        using var moved = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = new HttpRequestMessage(HttpMethod.Get, "https://elsewhere.test/x") };
        using var same = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = new HttpRequestMessage(HttpMethod.Get, sent) };

        Assert.Null(FloraErrors.FollowedRedirect(Download(), sent, moved));
        Assert.Null(FloraErrors.FollowedRedirect(Request(Peer.FloraApi), sent, same));
        Assert.NotNull(FloraErrors.FollowedRedirect(Request(Peer.FloraApi), sent, moved));
    }

    private static ApiRequest Download() =>
        new(HttpMethod.Get, FloraErrors.DownloadOperation, "blob", AssetId: "asset_1") { Peer = Peer.StorageHost, Timeout = TimeSpan.FromSeconds(2) };
}
