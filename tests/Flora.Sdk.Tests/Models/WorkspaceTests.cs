using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;

namespace Flora.Sdk.Tests.Models;

public class WorkspaceTests
{
    [Fact]
    public void Deserialize_UnknownFields_AreKeptInAdditionalProperties()
    {
        var list = JsonSerializer.Deserialize(
            """{"workspaces":[{"workspace_id":"ws_1","name":"Studio","role":"owner","plan":"pro","seats":{"used":3}}]}""",
            FloraJsonContext.Default.WorkspaceListResponse)!;

        var workspace = Assert.Single(list.Workspaces);
        Assert.Equal("ws_1", workspace.WorkspaceId);
        Assert.Equal("pro", workspace.AdditionalProperties["plan"].GetString());
        Assert.Equal(3, workspace.AdditionalProperties["seats"].GetProperty("used").GetInt32());
        Assert.False(workspace.AdditionalProperties.ContainsKey("workspace_id"));
    }

    [Fact]
    public void AdditionalProperties_NoUnknownFields_IsEmptyNeverNull()
    {
        Assert.Empty(new Workspace { WorkspaceId = "ws_1" }.AdditionalProperties);
    }
}
