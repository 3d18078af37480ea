using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Projects;

public class ProjectServiceTests
{
    [Fact]
    public async Task AttachAssetAsync_ValidIds_PostsToAttachPathWithoutBody()
    {
        var api = new StubApi().On(HttpMethod.Post, "projects/prj_abc123/assets/asset_abc123/attach",
            Reply.Json("""{"asset_id":"asset_abc123","project_id":"prj_abc123","status":"ready","attached":true}"""));
        using var client = api.Client();

        var result = await client.Projects.AttachAssetAsync("prj_abc123", "asset_abc123");

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/projects/prj_abc123/assets/asset_abc123/attach");
        Assert.Null(request.Body);
        Assert.Equal("asset_abc123", result.AssetId);
        Assert.Equal("prj_abc123", result.ProjectId);
        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.NotNull(result.AdditionalProperties);
        Assert.True(result.AdditionalProperties["attached"].GetBoolean());
    }

    [Fact]
    public async Task AttachAssetAsync_EmptyBody_ReturnsEmptyResponse()
    {
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.NoContent));
        using var client = api.Client();

        var result = await client.Projects.AttachAssetAsync("prj_1", "asset_1");

        Assert.Null(result.AssetId);
        Assert.Null(result.Status);
    }

    [Fact]
    public async Task AttachAssetAsync_IdsWithSlash_AreEscapedAsSegments()
    {
        var api = new StubApi().OnAny(Reply.Json("{}"));
        using var client = api.Client();

        await client.Projects.AttachAssetAsync("prj_a/b", "asset_c/d");

        Assert.Equal("/api/v1/projects/prj_a%2Fb/assets/asset_c%2Fd/attach", api.Single().PathAndQuery);
    }

    [Fact]
    public async Task AttachAssetAsync_NotFound_ThrowsNotFoundException()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.NotFound, "not_found", "Project not found"));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraNotFoundException>(() => client.Projects.AttachAssetAsync("prj_1", "asset_1"));

        Assert.Equal("not_found", ex.ErrorCode);
        Assert.Equal(1, api.Count);
    }
}
