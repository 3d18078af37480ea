using System.Net;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Workspaces;

public class WorkspaceServiceTests
{
    [Fact]
    public async Task ListAsync_TwoWorkspaces_GetsWorkspacesOnceAndReadsEveryField()
    {
        var api = new StubApi().On(HttpMethod.Get, "workspaces", Reply.Json(
            """{"workspaces":[{"workspace_id":"ws_a","name":"Studio","role":"owner","created_at":1764547200000},{"workspace_id":"ws_b","name":"Client","role":"member","created_at":null,"extra":1}]}"""));
        using var client = api.Client();

        var result = await client.Workspaces.ListAsync();

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Get, "/api/v1/workspaces");
        Assert.Null(request.Header("Idempotency-Key"));
        Assert.Equal(["ws_a", "ws_b"], result.Workspaces.Select(w => w.WorkspaceId));
        Assert.Equal("Studio", result.Workspaces[0].Name);
        Assert.Equal("owner", result.Workspaces[0].Role);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764547200000), result.Workspaces[0].CreatedAt);
        Assert.Null(result.Workspaces[1].CreatedAt);
    }

    [Fact]
    public async Task ListAsync_NullList_ReadsAsEmpty()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"workspaces":null}"""));
        using var client = api.Client();

        var result = await client.Workspaces.ListAsync();

        Assert.Empty(result.Workspaces);
    }

    [Fact]
    public async Task ListAsync_Unauthorized_ThrowsAuthenticationException()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.Unauthorized, "unauthorized", "Invalid API key"));
        using var client = api.Client();

        await Assert.ThrowsAsync<FloraAuthenticationException>(() => client.Workspaces.ListAsync());
    }
}
