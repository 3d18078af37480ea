using System.Net;
using System.Text.Json;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>The emulator's workspace and project lists, and placing assets on projects (by create or attach).</summary>
public sealed class DiscoveryTests
{
    [Fact]
    public async Task ListWorkspaces_Defaults_AnswersTheEmulatorWorkspace()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);

        using var response = await api.SendAsync(HttpMethod.Get, "workspaces");

        var workspace = Assert.Single((await RawApi.JsonAsync(response)).GetProperty("workspaces").EnumerateArray());
        Assert.Equal(emulator.WorkspaceId, workspace.GetProperty("workspace_id").GetString());
        Assert.Equal("owner", workspace.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.String, workspace.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Number, workspace.GetProperty("created_at").ValueKind);
    }

    [Fact]
    public async Task ListWorkspaces_Seeded_AnswersThemInOrder()
    {
        var options = new FloraEmulatorOptions();
        options.Workspaces.Add(new EmulatedWorkspace { WorkspaceId = "ws_team", Name = "Team", Role = "member" });
        options.Workspaces.Add(new EmulatedWorkspace { WorkspaceId = "ws_solo", Name = "Solo" });
        await using var emulator = await FloraEmulator.StartAsync(options);
        using var api = new RawApi(emulator);

        using var response = await api.SendAsync(HttpMethod.Get, "workspaces");

        var workspaces = (await RawApi.JsonAsync(response)).GetProperty("workspaces").EnumerateArray().ToList();
        Assert.Equal(["ws_team", "ws_solo"], workspaces.Select(w => w.GetProperty("workspace_id").GetString()));
        Assert.Equal("member", workspaces[0].GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, workspaces[1].GetProperty("created_at").ValueKind);
    }

    [Fact]
    public async Task ListProjects_SeededProjects_PagesByRecentActivityWithEncodedCursors()
    {
        var start = DateTimeOffset.UtcNow.AddDays(-3);
        var options = new FloraEmulatorOptions();
        for (var i = 0; i < 5; i++)
        {
            options.Projects.Add(new EmulatedProject { ProjectId = $"prj_{i}", Name = $"Project {i}", WorkspaceId = "ws_emulator", CreatedAt = start.AddHours(i) });
        }

        options.Projects.Add(new EmulatedProject { ProjectId = "prj_other", Name = "Elsewhere", WorkspaceId = "ws_other" });
        await using var emulator = await FloraEmulator.StartAsync(options);
        using var api = new RawApi(emulator);

        var ids = new List<string?>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var query = "projects?workspace_id=ws_emulator&limit=2" + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor));
            using var response = await api.SendAsync(HttpMethod.Get, query);
            var body = await RawApi.JsonAsync(response);
            ids.AddRange(body.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("project_id").GetString()));
            cursor = body.GetProperty("meta").GetProperty("next_cursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(["prj_4", "prj_3", "prj_2", "prj_1", "prj_0"], ids);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task ListProjects_Query_FiltersByName()
    {
        var options = new FloraEmulatorOptions();
        options.Projects.Add(new EmulatedProject { ProjectId = "prj_spring", Name = "Spring Campaign", WorkspaceId = "ws_emulator", Origin = "app" });
        options.Projects.Add(new EmulatedProject { ProjectId = "prj_fall", Name = "Fall Campaign", WorkspaceId = "ws_emulator" });
        await using var emulator = await FloraEmulator.StartAsync(options);
        using var api = new RawApi(emulator);

        using var response = await api.SendAsync(HttpMethod.Get, "projects?workspace_id=ws_emulator&query=spring");

        var project = Assert.Single((await RawApi.JsonAsync(response)).GetProperty("projects").EnumerateArray());
        Assert.Equal(("prj_spring", "Spring Campaign", "ws_emulator", "app"), (
            project.GetProperty("project_id").GetString(), project.GetProperty("name").GetString(),
            project.GetProperty("workspace_id").GetString(), project.GetProperty("origin").GetString()));
        Assert.Equal(JsonValueKind.Number, project.GetProperty("created_at").ValueKind);
        Assert.Equal(JsonValueKind.Null, project.GetProperty("last_modified").ValueKind);
    }

    [Theory]
    [InlineData("projects")]
    [InlineData("projects?workspace_id=team_1")]
    [InlineData("projects?workspace_id=ws_emulator&limit=0")]
    [InlineData("projects?workspace_id=ws_emulator&cursor=nope")]
    public async Task ListProjects_InvalidQuery_Answers400(string path)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);

        using var response = await api.SendAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("input_validation_error", await RawApi.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task CreateWithProjectId_NewProject_IsListedAndListByProjectFindsTheAsset()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);

        using var created = await api.SendAsync(HttpMethod.Post, "assets", """{"source":"signed-url","workspace_id":"ws_emulator","project_id":"prj_new"}""");
        using var other = await api.SendAsync(HttpMethod.Post, "assets", """{"source":"https://media.flora.ai/a.png","workspace_id":"ws_emulator"}""");
        using var assets = await api.SendAsync(HttpMethod.Get, "assets?project_id=prj_new");
        using var projects = await api.SendAsync(HttpMethod.Get, "projects?workspace_id=ws_emulator");

        var id = (await RawApi.JsonAsync(created)).GetProperty("asset_id").GetString();
        var listed = Assert.Single((await RawApi.JsonAsync(assets)).GetProperty("assets").EnumerateArray());
        Assert.Equal(id, listed.GetProperty("asset_id").GetString());
        Assert.Equal("prj_new", listed.GetProperty("project_id").GetString());
        Assert.StartsWith("node_", listed.GetProperty("node_id").GetString(), StringComparison.Ordinal);
        var projectIds = (await RawApi.JsonAsync(projects)).GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("project_id").GetString()).ToList();
        Assert.Equal(["prj_new", emulator.ProjectId], projectIds);
        Assert.Equal(["prj_emulator", "prj_new"], emulator.Projects.Select(p => p.ProjectId));
        Assert.NotNull(emulator.Projects[1].LastModified);
    }

    [Theory]
    [InlineData("\"project_id\":\"p_1\"")]
    [InlineData("\"project_id\":\"prj_ a\"")]
    [InlineData("\"project_id\":7")]
    public async Task CreateWithProjectId_Invalid_Answers400(string projectField)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);

        using var response = await api.SendAsync(HttpMethod.Post, "assets", $$"""{"source":"signed-url","workspace_id":"ws_emulator",{{projectField}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("project_id", (await RawApi.JsonAsync(response)).GetProperty("error").GetProperty("fields")[0].GetProperty("field").GetString());
        Assert.Equal(0, emulator.AssetCount);
    }

    [Fact]
    public async Task Attach_ReadyAsset_AnswersNodeAndCanvasUrlAndTheSameNodeAgain()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);
        var asset = await emulator.Client.Assets.CreateAsync(TestData.FromUrl(emulator.WorkspaceId));

        using var first = await api.SendAsync(HttpMethod.Post, $"projects/{emulator.ProjectId}/assets/{asset.AssetId}/attach");
        using var second = await api.SendAsync(HttpMethod.Post, $"projects/{emulator.ProjectId}/assets/{asset.AssetId}/attach");

        var body = await RawApi.JsonAsync(first);
        Assert.Equal(["asset_id", "project_id", "node_id", "canvas_url"], body.EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("node_", body.GetProperty("node_id").GetString(), StringComparison.Ordinal);
        Assert.True(Uri.IsWellFormedUriString(body.GetProperty("canvas_url").GetString(), UriKind.Absolute));
        Assert.Equal(body.GetProperty("node_id").GetString(), (await RawApi.JsonAsync(second)).GetProperty("node_id").GetString());
    }

    [Fact]
    public async Task ListWorkspacesAndProjects_QueuedFaults_HitTheirRoutes()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);
        emulator.Faults.Enqueue(EmulatorRoute.ListWorkspaces, EmulatorFault.ServiceUnavailable());
        emulator.Faults.Enqueue(EmulatorRoute.ListProjects, EmulatorFault.RateLimited());

        using var workspaces = await api.SendAsync(HttpMethod.Get, "workspaces");
        using var projects = await api.SendAsync(HttpMethod.Get, "projects?workspace_id=ws_emulator");
        using var again = await api.SendAsync(HttpMethod.Get, "workspaces");

        Assert.Equal((HttpStatusCode.ServiceUnavailable, (HttpStatusCode)429, HttpStatusCode.OK), (workspaces.StatusCode, projects.StatusCode, again.StatusCode));
        Assert.Equal(2, emulator.CountRequests(EmulatorRoute.ListWorkspaces));
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.ListProjects));
    }

    public static TheoryData<string, Action<FloraEmulatorOptions>> BadSeeds => new()
    {
        { "ProjectId without prj_", o => o.ProjectId = "team_1" },
        { "a seeded project without prj_", o => o.Projects.Add(new EmulatedProject { ProjectId = "project", Name = "p", WorkspaceId = "ws_a" }) },
        { "a seeded project in a workspace id with a space", o => o.Projects.Add(new EmulatedProject { ProjectId = "prj_a", Name = "p", WorkspaceId = "ws a" }) },
        { "a seeded workspace without ws_", o => o.Workspaces.Add(new EmulatedWorkspace { WorkspaceId = "team", Name = "t" }) },
        {
            "a project id seeded twice", o =>
            {
                o.Projects.Add(new EmulatedProject { ProjectId = "prj_a", Name = "p", WorkspaceId = "ws_a" });
                o.Projects.Add(new EmulatedProject { ProjectId = "prj_a", Name = "q", WorkspaceId = "ws_a" });
            }
        },
    };

    [Theory]
    [MemberData(nameof(BadSeeds))]
    public async Task StartAsync_BadSeed_ThrowsArgumentException(string because, Action<FloraEmulatorOptions> seed)
    {
        var options = new FloraEmulatorOptions();
        seed(options);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => FloraEmulator.StartAsync(options));

        Assert.False(string.IsNullOrEmpty(error.ParamName), because);
    }
}
