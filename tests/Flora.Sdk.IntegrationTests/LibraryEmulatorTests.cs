using System.Net;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>The emulator's library folders over raw HTTP: create, add an item, delete (and gone after).</summary>
public sealed class LibraryEmulatorTests
{
    [Fact]
    public async Task CreateFolder_NoName_GetsAGeneratedNameInTheWorkspace()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Post, $"workspaces/{emulator.WorkspaceId}/library/folders", "{}");
        var folder = await RawApi.JsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("libfolder_", folder.GetProperty("folder_id").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(folder.GetProperty("name").GetString()));
        Assert.Equal(emulator.WorkspaceId, folder.GetProperty("workspace_id").GetString());
    }

    [Fact]
    public async Task AddItem_Image_MakesAnAssetAndText_SavesANode()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var folderId = await CreateFolderAsync(raw, emulator, "Clips");

        using var image = await raw.SendAsync(HttpMethod.Post, $"workspaces/{emulator.WorkspaceId}/library/folders/{folderId}/items",
            """{"type":"image","source":"https://media.flora.ai/clip.png","description":"a clip"}""");
        using var text = await raw.SendAsync(HttpMethod.Post, $"workspaces/{emulator.WorkspaceId}/library/folders/{folderId}/items",
            """{"type":"text","text":"a quote"}""");
        var saved = await RawApi.JsonAsync(image);
        var savedText = await RawApi.JsonAsync(text);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (image.StatusCode, text.StatusCode));
        Assert.Equal(folderId, saved.GetProperty("folder_id").GetString());
        Assert.Equal("https://media.flora.ai/clip.png", saved.GetProperty("url").GetString());
        Assert.NotNull(emulator.GetAsset(saved.GetProperty("asset_id").GetString()!));
        Assert.False(savedText.TryGetProperty("asset_id", out _));
        Assert.False(savedText.TryGetProperty("url", out _));
        Assert.NotEqual(saved.GetProperty("saved_node_id").GetString(), savedText.GetProperty("saved_node_id").GetString());
    }

    [Theory]
    [InlineData("""{"type":"image"}""", "source")]
    [InlineData("""{"type":"image","source":"http://media.flora.ai/a.png"}""", "source")]
    [InlineData("""{"type":"image","source":"https://169.254.169.254/latest"}""", "source")]
    [InlineData("""{"type":"text"}""", "text")]
    [InlineData("""{"type":"video","source":"https://media.flora.ai/a.mp4"}""", "type")]
    public async Task AddItem_InvalidBody_Answers400(string body, string field)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var folderId = await CreateFolderAsync(raw, emulator, "Clips");

        using var response = await raw.SendAsync(HttpMethod.Post, $"workspaces/{emulator.WorkspaceId}/library/folders/{folderId}/items", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await RawApi.JsonAsync(response)).GetProperty("error").GetProperty("fields")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task DeleteFolder_IsGoneAfter_DeleteAndAddItemAnswer404()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var folderId = await CreateFolderAsync(raw, emulator, "Doomed");
        var path = $"workspaces/{emulator.WorkspaceId}/library/folders/{folderId}";
        (await raw.SendAsync(HttpMethod.Post, path + "/items", """{"type":"text","text":"x"}""")).Dispose();

        using var deleted = await raw.SendAsync(HttpMethod.Delete, path);
        var answer = await RawApi.JsonAsync(deleted);
        using var again = await raw.SendAsync(HttpMethod.Delete, path);
        using var add = await raw.SendAsync(HttpMethod.Post, path + "/items", """{"type":"text","text":"y"}""");

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.True(answer.GetProperty("deleted").GetBoolean());
        Assert.Equal((folderId, emulator.WorkspaceId), (answer.GetProperty("folder_id").GetString(), answer.GetProperty("workspace_id").GetString()));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (again.StatusCode, add.StatusCode));
    }

    [Fact]
    public async Task DeleteFolder_OtherWorkspace_Answers404AndKeepsIt()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var folderId = await CreateFolderAsync(raw, emulator, "Mine");

        using var other = await raw.SendAsync(HttpMethod.Delete, $"workspaces/ws_other/library/folders/{folderId}");
        using var mine = await raw.SendAsync(HttpMethod.Delete, $"workspaces/{emulator.WorkspaceId}/library/folders/{folderId}");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
    }

    private static async Task<string> CreateFolderAsync(RawApi raw, FloraEmulator emulator, string name)
    {
        using var response = await raw.SendAsync(HttpMethod.Post, $"workspaces/{emulator.WorkspaceId}/library/folders", $$"""{"name":"{{name}}"}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await RawApi.JsonAsync(response)).GetProperty("folder_id").GetString()!;
    }
}
