using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Workspaces;

public class WorkspaceFolderServiceTests
{
    [Fact]
    public async Task CreateProjectAsync_Name_PostsToTheFolderPathWithAnIdempotencyKey()
    {
        var api = new StubApi().On(HttpMethod.Post, "workspaces/ws_1/folders/fld_9/projects",
            Reply.Json("""{"project_id":"prj_f","name":"Spring","workspace_id":"ws_1","origin":null,"created_at":1,"last_modified":null,"folder_id":"fld_9"}""", HttpStatusCode.Created));
        using var client = api.Client();

        var project = await client.Workspaces.Folders.CreateProjectAsync("ws_1", "fld_9", new WorkspaceProjectCreateParams { Name = "Spring" });

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/workspaces/ws_1/folders/fld_9/projects");
        Assert.Equal("""{"name":"Spring"}""", request.BodyText);
        Assert.Equal("prj_f", project.ProjectId);
        Assert.Equal("fld_9", project.AdditionalProperties["folder_id"].GetString());
    }

    [Fact]
    public async Task CreateProjectAsync_Retried_SendsTheSameIdempotencyKey()
    {
        var api = new StubApi().OnAny(
            Reply.Error(HttpStatusCode.InternalServerError, "internal", "oops", ("retry-after-ms", "0")),
            Reply.Json("{}"));
        using var client = api.Client();

        await client.Workspaces.Folders.CreateProjectAsync("ws_1", "fld_9", new WorkspaceProjectCreateParams { Name = "n" });

        Assert.Equal(2, api.Count);
        Assert.NotNull(api.Requests[0].Header("Idempotency-Key"));
        Assert.Equal(api.Requests[0].Header("Idempotency-Key"), api.Requests[1].Header("Idempotency-Key"));
    }

    [Fact]
    public async Task WithRawResponse_CreateProject_AnswersStatusAndHeaders()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"project_id":"prj_f"}""", HttpStatusCode.Created, ("request-id", "req_f")));
        using var client = api.Client();

        var response = await client.Workspaces.Folders.WithRawResponse.CreateProjectAsync("ws_1", "fld_9", new WorkspaceProjectCreateParams { Name = "n" });

        Assert.Equal((HttpStatusCode.Created, "req_f", "prj_f"), (response.StatusCode, response.RequestId, response.Value.ProjectId));
    }

    [Theory]
    [InlineData("ws_1", "fld_9", null)]
    [InlineData("ws_1", "fld_9", " ")]
    [InlineData("prj_1", "fld_9", "n")]
    [InlineData("ws_1", "", "n")]
    [InlineData("ws_1", "..", "n")]
    [InlineData("ws_1", "folder_9", "n")]
    [InlineData("ws_1", "fld_", "n")]
    [InlineData("ws_1", "fld_9 ", "n")]
    public async Task CreateProjectAsync_InvalidInput_ThrowsWithoutSending(string workspaceId, string folderId, string? name)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            client.Workspaces.Folders.CreateProjectAsync(workspaceId, folderId, new WorkspaceProjectCreateParams { Name = name! }));

        Assert.Equal(0, api.Count);
    }
}
