using System.Net;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Workspaces;

public class WorkspaceServiceRawTests
{
    [Fact]
    public async Task WithRawResponse_ListAsync_HasStatusRequestIdAndTheWorkspaces()
    {
        var api = new StubApi().On(HttpMethod.Get, "workspaces", Reply.Json(
            """{"workspaces":[{"workspace_id":"ws_a","name":"Studio","role":"owner"}]}""", HttpStatusCode.OK, ("request-id", "req_w")));
        using var client = api.Client();

        var raw = await client.Workspaces.WithRawResponse.ListAsync();

        RequestAssert.Sent(api.Single(), HttpMethod.Get, "/api/v1/workspaces");
        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal("req_w", raw.RequestId);
        Assert.Equal("ws_a", Assert.Single(raw.Value.Workspaces).WorkspaceId);
    }

    [Fact]
    public async Task WithRawResponse_ListAsync_ErrorIsTyped()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.Forbidden, "forbidden", "no"));
        using var client = api.Client();

        await Assert.ThrowsAsync<FloraPermissionDeniedException>(() => client.Workspaces.WithRawResponse.ListAsync());
    }
}
