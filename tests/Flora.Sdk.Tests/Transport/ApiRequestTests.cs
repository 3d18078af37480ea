using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>A call's description: what logs show of its path, and which calls count as POSTs (they carry an idempotency key).</summary>
public class ApiRequestTests
{
    [Theory]
    [InlineData("assets/asset_1", "/assets/asset_1")]
    [InlineData("assets?query=secret%20plan&limit=2", "/assets")]
    [InlineData("?query=x", "/")]
    [InlineData("", "/")]
    public void LogPath_Always_IsTheRootedPathWithoutTheQuery(string relativeUri, string expected)
    {
        var request = new ApiRequest(HttpMethod.Get, "assets.list", relativeUri);

        Assert.Equal(expected, request.LogPath);
    }

    [Fact]
    public void LogPath_WithAPathTail_IsTheWholePath()
    {
        var request = new ApiRequest(HttpMethod.Post, "assets.complete", "assets/") { PathTail = "asset%2F1/complete" };

        Assert.Equal("/assets/asset%2F1/complete", request.LogPath);
    }

    [Fact]
    public void TakesIdempotencyKey_PostPutAndPatchOnly()
    {
        Assert.True(new ApiRequest(HttpMethod.Post, "op", "x").TakesIdempotencyKey);
        Assert.True(new ApiRequest(HttpMethod.Put, "op", "x").TakesIdempotencyKey);
        Assert.True(new ApiRequest(new HttpMethod("PATCH"), "op", "x").TakesIdempotencyKey);
        Assert.True(new ApiRequest(new HttpMethod("patch"), "op", "x").TakesIdempotencyKey);
        Assert.False(new ApiRequest(HttpMethod.Get, "op", "x").TakesIdempotencyKey);
        Assert.False(new ApiRequest(HttpMethod.Delete, "op", "x").TakesIdempotencyKey);
        Assert.False(new ApiRequest(HttpMethod.Head, "op", "x").TakesIdempotencyKey);
    }
}
