using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Library;

public class LibraryFolderServiceTests
{
    [Fact]
    public async Task CreateAsync_Name_PostsItWithAnIdempotencyKey()
    {
        var api = new StubApi().On(HttpMethod.Post, "workspaces/ws_1/library/folders",
            Reply.Json("""{"folder_id":"libfolder_1","name":"Clips","workspace_id":"ws_1","owner":"me"}""", HttpStatusCode.Created));
        using var client = api.Client();

        var folder = await client.Workspaces.Library.Folders.CreateAsync("ws_1", new LibraryFolderCreateParams { Name = "Clips" });

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/workspaces/ws_1/library/folders");
        Assert.Equal("""{"name":"Clips"}""", request.BodyText);
        Assert.Equal(("libfolder_1", "Clips", "ws_1"), (folder.FolderId, folder.Name, folder.WorkspaceId));
        Assert.Equal("me", folder.AdditionalProperties["owner"].GetString());
    }

    [Fact]
    public async Task CreateAsync_NoName_PostsAnEmptyObject()
    {
        var api = new StubApi().OnAny(Reply.Json("{}"));
        using var client = api.Client();

        await client.Workspaces.Library.Folders.CreateAsync("ws_1");

        Assert.Equal("{}", api.Single().BodyText);
    }

    [Fact]
    public async Task DeleteAsync_Ids_DeletesWithoutBodyOrIdempotencyKey()
    {
        var api = new StubApi().On(HttpMethod.Delete, "workspaces/ws_1/library/folders/libfolder_1",
            Reply.Json("""{"deleted":true,"folder_id":"libfolder_1","workspace_id":"ws_1"}"""));
        using var client = api.Client();

        var deleted = await client.Workspaces.Library.Folders.DeleteAsync("ws_1", "libfolder_1");

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Delete, "/api/v1/workspaces/ws_1/library/folders/libfolder_1");
        Assert.Null(request.Body);
        Assert.Null(request.Header("Idempotency-Key"));
        Assert.True(deleted.Deleted);
        Assert.Equal("libfolder_1", deleted.FolderId);
    }

    [Fact]
    public async Task DeleteAsync_FolderIdWithSlash_IsEscapedAsOneSegment()
    {
        var api = new StubApi().OnAny(Reply.Json("{}"));
        using var client = api.Client();

        await client.Workspaces.Library.Folders.DeleteAsync("ws_1", "lib/../x");

        Assert.Equal("/api/v1/workspaces/ws_1/library/folders/lib%2F..%2Fx", api.Single().PathAndQuery);
    }

    [Fact]
    public async Task AddItemAsync_Image_PostsTheItemAndTheSameKeyOnARetry()
    {
        var api = new StubApi().On(HttpMethod.Post, "workspaces/ws_1/library/folders/libfolder_1/items",
            Reply.Error(HttpStatusCode.ServiceUnavailable, "service_unavailable", "busy", ("retry-after-ms", "0")),
            Reply.Json("""{"folder_id":"libfolder_1","saved_node_id":"sn_1","workspace_id":"ws_1","asset_id":"asset_9","url":"https://cdn.test/s.png"}"""));
        using var client = api.Client();

        var saved = await client.Workspaces.Library.Folders.AddItemAsync(
            "ws_1", "libfolder_1", new LibraryFolderAddItemParams { Type = "image", Source = "https://example.test/a.png", Description = "A" });

        Assert.Equal(2, api.Count);
        RequestAssert.Sent(api.Requests[1], HttpMethod.Post, "/api/v1/workspaces/ws_1/library/folders/libfolder_1/items");
        Assert.Equal("""{"type":"image","source":"https://example.test/a.png","description":"A"}""", api.Requests[1].BodyText);
        Assert.Equal(api.Requests[0].Header("Idempotency-Key"), api.Requests[1].Header("Idempotency-Key"));
        Assert.Equal(("sn_1", "asset_9"), (saved.SavedNodeId, saved.AssetId));
    }

    [Fact]
    public async Task WithRawResponse_EveryCall_AnswersStatusAndHeaders()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"folder_id":"libfolder_1"}""", HttpStatusCode.OK, ("request-id", "req_l")));
        using var client = api.Client();
        var raw = client.Workspaces.Library.Folders.WithRawResponse;

        var created = await raw.CreateAsync("ws_1");
        var added = await raw.AddItemAsync("ws_1", "libfolder_1", new LibraryFolderAddItemParams { Type = "text", Text = "hello" });
        var deleted = await raw.DeleteAsync("ws_1", "libfolder_1");

        Assert.All([created.RequestId, added.RequestId, deleted.RequestId], id => Assert.Equal("req_l", id));
        Assert.All([created.Value.FolderId, added.Value.FolderId, deleted.Value.FolderId], id => Assert.Equal("libfolder_1", id));
        Assert.Equal([HttpMethod.Post, HttpMethod.Post, HttpMethod.Delete], api.Requests.Select(r => r.Method));
    }

    [Theory]
    [InlineData("", "libfolder_1")]
    [InlineData("ws_", "libfolder_1")]
    [InlineData("prj_1", "libfolder_1")]
    [InlineData("ws_1", "")]
    [InlineData("ws_1", ".")]
    [InlineData("ws_1", "..")]
    [InlineData("ws_1", "lib folder")]
    public async Task EveryCall_InvalidIds_ThrowWithoutSending(string workspaceId, string folderId)
    {
        var api = new StubApi();
        using var client = api.Client();
        var folders = client.Workspaces.Library.Folders;

        if (folderId == "libfolder_1")
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => folders.CreateAsync(workspaceId));
        }

        await Assert.ThrowsAnyAsync<ArgumentException>(() => folders.DeleteAsync(workspaceId, folderId));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => folders.AddItemAsync(workspaceId, folderId, new LibraryFolderAddItemParams { Text = "t" }));

        Assert.Equal(0, api.Count);
    }

    public static TheoryData<LibraryFolderAddItemParams?> InvalidItems() => new()
    {
        null,
        new LibraryFolderAddItemParams(),
        new LibraryFolderAddItemParams { Description = "only a caption" },
        new LibraryFolderAddItemParams { Type = "image", Text = "t" },
        new LibraryFolderAddItemParams { Type = "text", Source = "https://example.test/a.png" },
        new LibraryFolderAddItemParams { Type = "image", Source = "http://example.test/a.png" },
        new LibraryFolderAddItemParams { Source = "/etc/passwd" },
        new LibraryFolderAddItemParams { Type = " ", Text = "t" },
        new LibraryFolderAddItemParams { Text = "  " },
    };

    [Theory]
    [MemberData(nameof(InvalidItems))]
    public async Task AddItemAsync_InvalidItem_ThrowsWithoutSending(LibraryFolderAddItemParams? parameters)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Workspaces.Library.Folders.AddItemAsync("ws_1", "libfolder_1", parameters!));

        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task CreateAsync_BlankName_ThrowsWithoutSending()
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Workspaces.Library.Folders.CreateAsync("ws_1", new LibraryFolderCreateParams { Name = " " }));

        Assert.Equal(0, api.Count);
    }
}
