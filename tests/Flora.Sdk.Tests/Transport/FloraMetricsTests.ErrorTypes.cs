using System.Net;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

/// <summary><c>error.type</c> for every kind of failure, and what an upload's failure records.</summary>
public sealed partial class FloraMetricsTests
{
    [Fact]
    public void ErrorType_EachFailure_IsItsStatusOrItsTypeName()
    {
        Assert.Equal("_OTHER", FloraMetrics.ErrorType(null));
        Assert.Equal("429", FloraMetrics.ErrorType(new FloraRateLimitException("slow down")));
        Assert.Equal("502", FloraMetrics.ErrorType(new FloraStorageHostException("bad gateway", HttpStatusCode.BadGateway, "upload.test")));
        Assert.Equal(nameof(FloraTimeoutException), FloraMetrics.ErrorType(new FloraTimeoutException("slow")));
        Assert.Equal(nameof(TaskCanceledException), FloraMetrics.ErrorType(new TaskCanceledException()));
    }

    [Fact]
    public void UploadFailed_HostRefused_CountsAFailureWithTheStatusAndNoBytes()
    {
        var failure = new FloraStorageHostException("forbidden", HttpStatusCode.Forbidden, "upload.test");

        Assert.False(FloraMetrics.UploadFailed(FloraMetrics.SignedPath, failure));
        FloraMetrics.UploadFinished(FloraMetrics.DirectPath, 5, new FloraConnectionException("reset"));

        var uploads = Named("flora.client.uploads");
        Assert.Equal(["signed/failure/403", "direct/failure/FloraConnectionException"], uploads.Select(m => $"{m.Tags["flora.upload.path"]}/{m.Tags["flora.upload.outcome"]}/{m.Tags["error.type"]}"));
        Assert.All(uploads, m => Assert.Equal(1, m.Value));
        Assert.Empty(Named("flora.client.upload.bytes"));
    }

    [Fact]
    public void UploadFinished_Succeeded_HasNoErrorTypeAndCountsOnlySentBytes()
    {
        FloraMetrics.UploadFinished(FloraMetrics.SignedPath, 1, failure: null);
        FloraMetrics.UploadFinished(FloraMetrics.UrlPath, 0, failure: null);

        Assert.All(Named("flora.client.uploads"), m => Assert.False(m.Tags.ContainsKey("error.type")));
        var bytes = Assert.Single(Named("flora.client.upload.bytes"));
        Assert.Equal(1, bytes.Value);
        Assert.Equal("signed", bytes.Tags["flora.upload.path"]);
    }
}
