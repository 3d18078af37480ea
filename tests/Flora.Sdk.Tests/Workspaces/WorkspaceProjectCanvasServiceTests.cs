using System.Net;
using System.Text.Json.Nodes;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Workspaces;

public class WorkspaceProjectCanvasServiceTests
{
    private const string DefinitionPath = "workspaces/ws_1/projects/prj_1/canvas/definition";

    // FLORA's shape, with a field this SDK does not model at every level (x_*), including inside a position and an edge.
    private const string Definition = """
        {"nodes":[
           {"id":"node_a","type":"staticImageBlock","data":{"url":"https://cdn.test/a.png","nested":{"k":[1,2]}},"position":{"x":0,"y":120.5,"x_snap":true},
            "width":320,"height":240,"z_index":2,"hidden":false,"expand_parent":true,"extent":"parent","origin":[0.5,0.5],"style":{"opacity":0.9},"x_locked":true},
           {"id":"node_b","type":"futureBlock","data":{},"position":{"x":400,"y":0},"parent_id":"grp_1","extent":[[0,0],[10,10]]}],
         "edges":[{"id":"edge_1","source":"node_a","source_handle":null,"target":"node_b","target_handle":"image","type":"smooth","data":{"w":1},"x_color":"blue"}],
         "node_inputs":{"node_b":{"prompt":"make it spring"}},
         "node_outputs":{"node_a":{"url":"https://cdn.test/a.png"}},
         "layer_editor_documents":{"node_c":{"layers":[]}},
         "x_version":3}
        """;

    private static string Answer(string definition) =>
        $$"""{"project_id":"prj_1","canvas_url":"https://app.flora.test/p","definition":{{definition}},"summary":{"node_count":2,"edge_count":1,"group_count":0,"isolated_node_count":0,"workflow_count":1},"x_top":"kept"}""";

    [Fact]
    public async Task RetrieveDefinitionAsync_Ids_GetsTheDefinitionAndTypesItsNodesAndEdges()
    {
        var api = new StubApi().On(HttpMethod.Get, DefinitionPath, Reply.Json(Answer(Definition)));
        using var client = api.Client();

        var answer = await client.Workspaces.Projects.Canvas.RetrieveDefinitionAsync("ws_1", "prj_1");

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Get, "/api/v1/" + DefinitionPath);
        Assert.Null(request.Body);
        Assert.Equal("kept", answer.AdditionalProperties["x_top"].GetString());
        Assert.Equal(2, answer.Summary!.NodeCount);
        var definition = answer.Definition;
        Assert.Equal(["node_a", "node_b"], definition.Nodes.Select(n => n.Id));
        Assert.Equal("futureBlock", definition.Nodes[1].Type); // a type this SDK does not know is kept
        Assert.Equal((320d, 240d, 2d), (definition.Nodes[0].Width, definition.Nodes[0].Height, definition.Nodes[0].ZIndex));
        Assert.Equal(400d, definition.Nodes[1].Position!.X);
        Assert.Equal("grp_1", definition.Nodes[1].ParentId);
        Assert.True(definition.Nodes[0].AdditionalProperties["x_locked"].GetBoolean());
        Assert.True(definition.Nodes[0].Position!.AdditionalProperties["x_snap"].GetBoolean());
        Assert.Equal(("node_a", null, "node_b", "image"), (definition.Edges[0].Source, definition.Edges[0].SourceHandle, definition.Edges[0].Target, definition.Edges[0].TargetHandle));
        Assert.Equal("make it spring", (string?)definition.NodeInputs["node_b"]!["prompt"]);
        Assert.Equal(3, definition.AdditionalProperties["x_version"].GetInt32());
    }

    [Fact]
    public async Task ReplaceDefinitionAsync_WhatRetrieveAnswered_IsSentBackWithoutLosingAnyField()
    {
        var api = new StubApi()
            .On(HttpMethod.Get, DefinitionPath, Reply.Json(Answer(Definition)))
            .On(HttpMethod.Put, DefinitionPath, Reply.Json(Answer(Definition)));
        using var client = api.Client();
        var canvas = client.Workspaces.Projects.Canvas;

        var retrieved = await canvas.RetrieveDefinitionAsync("ws_1", "prj_1");
        var replaced = await canvas.ReplaceDefinitionAsync("ws_1", "prj_1", new CanvasReplaceDefinitionParams { Definition = retrieved.Definition });

        var put = api.Requests[1];
        RequestAssert.Sent(put, HttpMethod.Put, "/api/v1/" + DefinitionPath);
        JsonAssert.Equal($$"""{"definition":{{Definition}}}""", put.BodyText);
        Assert.Equal(retrieved.Definition.Nodes.Count, replaced.Definition.Nodes.Count);
    }

    [Fact]
    public async Task ReplaceDefinitionAsync_NewDefinition_SendsEmptyMapsAndNullHandlesAndLeavesOutUnsetFields()
    {
        var api = new StubApi().On(HttpMethod.Put, DefinitionPath, Reply.Json("{}"));
        using var client = api.Client();
        var definition = new CanvasDefinition
        {
            Nodes = [new CanvasDefinitionNode { Id = "n1", Type = "textBlock", Data = new JsonObject { ["text"] = "hi" } }],
            Edges = [new CanvasDefinitionEdge { Id = "e1", Source = "n1", Target = "n1" }],
        };

        var answer = await client.Workspaces.Projects.Canvas.ReplaceDefinitionAsync("ws_1", "prj_1", new CanvasReplaceDefinitionParams { Definition = definition });

        JsonAssert.Equal(
            """{"definition":{"nodes":[{"id":"n1","type":"textBlock","data":{"text":"hi"}}],"edges":[{"id":"e1","source":"n1","source_handle":null,"target":"n1","target_handle":null}],"node_inputs":{},"node_outputs":{}}}""",
            api.Single().BodyText);
        Assert.Empty(answer.Definition.Nodes); // an answer without a definition reads as an empty one
    }

    [Fact]
    public async Task ApplyChangesetAsync_EveryOperation_PostsTheChangesetAndReadsWhatItDid()
    {
        var api = new StubApi().On(HttpMethod.Post, "workspaces/ws_1/projects/prj_1/canvas/changeset",
            Reply.Error(HttpStatusCode.TooManyRequests, "rate_limited", "slow", ("retry-after-ms", "0")),
            Reply.Json("""
                {"project_id":"prj_1","canvas_url":"u","revision":"r2","warnings":["duplicate connect"],
                 "applied":{"added":2,"updated":1,"connected":1,"disconnected":0,"removed":1},
                 "created":{"hero":{"id":"n7","node_id":"uuid-7"},"grp":{"id":"n8","node_id":"uuid-8","x":1}}}
                """));
        using var client = api.Client();
        var changeset = new CanvasApplyChangesetParams
        {
            Add =
            [
                new CanvasAddOperation { Ref = "grp", Type = "group", Label = "Shots" },
                new CanvasAddOperation { Ref = "hero", Type = "image", Prompt = "a hero shot", Model = "fal/flux", Params = new JsonObject { ["seed"] = 3 }, Group = "grp", Position = new CanvasPosition { X = 1, Y = 2 } },
            ],
            Update = [new CanvasUpdateOperation { Id = "n3", Prompt = "brighter" }],
            Connect = [new CanvasEdgeOperation { From = "n1", To = "hero", In = "image" }],
            Disconnect = [new CanvasEdgeOperation { From = "n1", To = "n3" }],
            Remove = [new CanvasRemoveOperation { Id = "n4" }],
        };

        var result = await client.Workspaces.Projects.Canvas.ApplyChangesetAsync("ws_1", "prj_1", changeset);

        Assert.Equal(2, api.Count);
        RequestAssert.Sent(api.Requests[1], HttpMethod.Post, "/api/v1/workspaces/ws_1/projects/prj_1/canvas/changeset");
        Assert.Equal(api.Requests[0].Header("Idempotency-Key"), api.Requests[1].Header("Idempotency-Key"));
        JsonAssert.Equal(
            """
            {"add":[{"ref":"grp","type":"group","label":"Shots"},
                    {"ref":"hero","type":"image","prompt":"a hero shot","model":"fal/flux","params":{"seed":3},"group":"grp","position":{"x":1,"y":2}}],
             "update":[{"id":"n3","prompt":"brighter"}],
             "connect":[{"from":"n1","to":"hero","in":"image"}],
             "disconnect":[{"from":"n1","to":"n3"}],
             "remove":[{"id":"n4"}]}
            """,
            api.Requests[1].BodyText);
        Assert.Equal("r2", result.Revision);
        Assert.Equal((2, 1, 1, 0, 1), (result.Applied!.Added, result.Applied.Updated, result.Applied.Connected, result.Applied.Disconnected, result.Applied.Removed));
        Assert.Equal(("n7", "uuid-7"), (result.Created["hero"].Id, result.Created["hero"].NodeId));
        Assert.Equal(1, result.Created["grp"].AdditionalProperties["x"].GetInt32());
        Assert.Equal(["duplicate connect"], result.Warnings);
    }

    [Fact]
    public async Task WithRawResponse_EveryCall_AnswersStatusAndHeaders()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"project_id":"prj_1"}""", HttpStatusCode.OK, ("request-id", "req_c")));
        using var client = api.Client();
        var raw = client.Workspaces.Projects.Canvas.WithRawResponse;

        var get = await raw.RetrieveDefinitionAsync("ws_1", "prj_1");
        var put = await raw.ReplaceDefinitionAsync("ws_1", "prj_1", new CanvasReplaceDefinitionParams { Definition = new CanvasDefinition() });
        var post = await raw.ApplyChangesetAsync("ws_1", "prj_1", new CanvasApplyChangesetParams());

        Assert.All([get.RequestId, put.RequestId, post.RequestId], id => Assert.Equal("req_c", id));
        Assert.All([get.Value.ProjectId, put.Value.ProjectId, post.Value.ProjectId], id => Assert.Equal("prj_1", id));
        Assert.Equal([HttpMethod.Get, HttpMethod.Put, HttpMethod.Post], api.Requests.Select(r => r.Method));
        Assert.Equal("{}", api.Requests[2].BodyText);
    }

    [Theory]
    [InlineData("ws_", "prj_1")]
    [InlineData("ws_1", "")]
    [InlineData("ws_1", ".")]
    [InlineData("w s_1", "prj_1")]
    public async Task EveryCall_InvalidIds_ThrowWithoutSending(string workspaceId, string projectId)
    {
        var api = new StubApi();
        using var client = api.Client();
        var canvas = client.Workspaces.Projects.Canvas;

        await Assert.ThrowsAnyAsync<ArgumentException>(() => canvas.RetrieveDefinitionAsync(workspaceId, projectId));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => canvas.ReplaceDefinitionAsync(workspaceId, projectId, new CanvasReplaceDefinitionParams { Definition = new CanvasDefinition() }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => canvas.ApplyChangesetAsync(workspaceId, projectId, new CanvasApplyChangesetParams()));

        Assert.Equal(0, api.Count);
    }

    public static TheoryData<CanvasReplaceDefinitionParams?> InvalidDefinitions() => new()
    {
        null,
        new CanvasReplaceDefinitionParams { Definition = null! },
        new CanvasReplaceDefinitionParams { Definition = new CanvasDefinition { Nodes = [null!] } },
        new CanvasReplaceDefinitionParams { Definition = new CanvasDefinition { Nodes = [new CanvasDefinitionNode { Type = "textBlock" }] } },
        new CanvasReplaceDefinitionParams { Definition = new CanvasDefinition { Nodes = [new CanvasDefinitionNode { Id = "n1" }] } },
        new CanvasReplaceDefinitionParams { Definition = new CanvasDefinition { Edges = [new CanvasDefinitionEdge { Id = "e1", Source = "n1" }] } },
        new CanvasReplaceDefinitionParams { Definition = new CanvasDefinition { Edges = [new CanvasDefinitionEdge { Id = " ", Source = "n1", Target = "n2" }] } },
    };

    [Theory]
    [MemberData(nameof(InvalidDefinitions))]
    public async Task ReplaceDefinitionAsync_InvalidDefinition_ThrowsWithoutSending(CanvasReplaceDefinitionParams? parameters)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Workspaces.Projects.Canvas.ReplaceDefinitionAsync("ws_1", "prj_1", parameters!));

        Assert.Equal(0, api.Count);
    }

    public static TheoryData<CanvasApplyChangesetParams?> InvalidChangesets() => new()
    {
        null,
        new CanvasApplyChangesetParams { Add = [null!] },
        new CanvasApplyChangesetParams { Add = [new CanvasAddOperation { Ref = " ", Type = "image" }] },
        new CanvasApplyChangesetParams { Add = [new CanvasAddOperation { Ref = "a", Type = "" }] },
        new CanvasApplyChangesetParams { Add = [new CanvasAddOperation { Ref = "a", Type = "image", ContentUrl = "https://x.test/a.png", Prompt = "p" }] },
        new CanvasApplyChangesetParams { Add = [new CanvasAddOperation { Ref = "a", Type = "static_image", ContentUrl = "file:///etc/passwd" }] },
        new CanvasApplyChangesetParams { Update = [new CanvasUpdateOperation { Id = ".." }] },
        new CanvasApplyChangesetParams { Connect = [new CanvasEdgeOperation { From = "n1", To = "" }] },
        new CanvasApplyChangesetParams { Disconnect = [new CanvasEdgeOperation { From = "n 1", To = "n2" }] },
        new CanvasApplyChangesetParams { Remove = [new CanvasRemoveOperation { Id = null! }] },
    };

    [Theory]
    [MemberData(nameof(InvalidChangesets))]
    public async Task ApplyChangesetAsync_InvalidOperation_ThrowsWithoutSending(CanvasApplyChangesetParams? parameters)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Workspaces.Projects.Canvas.ApplyChangesetAsync("ws_1", "prj_1", parameters!));

        Assert.Equal(0, api.Count);
    }
}
