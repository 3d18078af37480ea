using System.Net;
using System.Text.Json;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>
/// The emulator's canvas over raw HTTP: one model behind the Mermaid canvas, the graph and the definition; changesets
/// all or nothing; definition replace.
/// </summary>
public sealed class CanvasEmulatorTests
{
    [Fact]
    public async Task UpdateCanvas_IsSeenByTheNextRetrieveTheGraphAndTheDefinition()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var canvas = new CanvasPaths(emulator);

        using var update = await raw.SendAsync(HttpMethod.Patch, canvas.Mermaid, JsonSerializer.Serialize(new
        {
            diagram = "graph LR\n  source[\"(Image)\"]\n  output[\"Editorial campaign image (Image)\"]\n  source --> output",
            node_params = new { source = new { content_url = "https://media.flora.ai/photo.png" } },
        }));
        var applied = await RawApi.JsonAsync(update);
        var retrieved = await GetAsync(raw, canvas.Mermaid);
        var graph = await GetAsync(raw, canvas.Graph);
        var definition = await GetAsync(raw, canvas.Definition);

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal((2, 1), (applied.GetProperty("created_node_count").GetInt32(), applied.GetProperty("created_edge_count").GetInt32()));
        Assert.False(applied.TryGetProperty("warnings", out _));
        Assert.Equal(2, retrieved.GetProperty("summary").GetProperty("node_count").GetInt32());
        Assert.Equal(1, retrieved.GetProperty("summary").GetProperty("workflow_count").GetInt32());
        Assert.Contains("Editorial campaign image (Image)", retrieved.GetProperty("diagram").GetString(), StringComparison.Ordinal);
        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();
        var output = nodes.Single(n => n.GetProperty("prompt").GetString() == "Editorial campaign image");
        var source = nodes.Single(n => n.GetProperty("output_url").GetString() == "https://media.flora.ai/photo.png");
        Assert.Equal(("image", "static_image"), (output.GetProperty("type").GetString(), source.GetProperty("type").GetString()));
        Assert.Equal("idle", output.GetProperty("status").GetString());
        Assert.NotNull(output.GetProperty("model_id").GetString());
        var edge = Assert.Single(graph.GetProperty("edges").EnumerateArray());
        Assert.Equal((source.GetProperty("id").GetString(), output.GetProperty("id").GetString()), (edge.GetProperty("from").GetString(), edge.GetProperty("to").GetString()));
        var defined = definition.GetProperty("definition");
        Assert.Equal(2, defined.GetProperty("nodes").GetArrayLength());
        Assert.Equal(output.GetProperty("node_id").GetString(), Assert.Single(defined.GetProperty("edges").EnumerateArray()).GetProperty("target").GetString());
        Assert.Equal("https://media.flora.ai/photo.png", defined.GetProperty("node_outputs").GetProperty(source.GetProperty("node_id").GetString()!).GetProperty("url").GetString());
    }

    [Fact]
    public async Task UpdateCanvas_EdgeToAnExistingShortId_AttachesAndRedeclaringWarns()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var canvas = new CanvasPaths(emulator);
        (await raw.SendAsync(HttpMethod.Patch, canvas.Mermaid, """{"diagram":"graph LR\n  a[\"A cat (Image)\"]"}""")).Dispose();
        var first = (await GetAsync(raw, canvas.Graph)).GetProperty("nodes")[0].GetProperty("id").GetString();

        using var attach = await raw.SendAsync(HttpMethod.Patch, canvas.Mermaid, JsonSerializer.Serialize(new { diagram = $"graph LR\n  b[\"A dog (Image)\"]\n  {first} --> b\n  {first}[\"Again (Image)\"]" }));
        var applied = await RawApi.JsonAsync(attach);

        Assert.Equal(HttpStatusCode.OK, attach.StatusCode);
        Assert.Equal((2, 1), (applied.GetProperty("created_node_count").GetInt32(), applied.GetProperty("created_edge_count").GetInt32()));
        Assert.Contains("NEW node", Assert.Single(applied.GetProperty("warnings").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.Equal(3, (await GetAsync(raw, canvas.Graph)).GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"diagram":"not a flowchart"}""")]
    [InlineData("""{"diagram":"graph LR\n  a[\"x (Image)\"] --> n99"}""")]
    [InlineData("""{"diagram":"graph LR\n  a[\"(Image)\"]","node_params":{"content_url":"https://media.flora.ai/a.png"}}""")]
    [InlineData("""{"diagram":"graph LR\n  a[\"x (Image)\"]","node_params":{"a":{"content_url":"https://media.flora.ai/a.png","prompt":"x"}}}""")]
    public async Task UpdateCanvas_BadDiagramOrNodeParams_Answers400AndChangesNothing(string body)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var canvas = new CanvasPaths(emulator);
        var before = (await GetAsync(raw, canvas.Graph)).GetProperty("revision").GetString();

        using var response = await raw.SendAsync(HttpMethod.Patch, canvas.Mermaid, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("input_validation_error", (await RawApi.JsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(before, (await GetAsync(raw, canvas.Graph)).GetProperty("revision").GetString());
    }

    [Fact]
    public async Task ApplyChangeset_AddsConnectsByRefUpdatesAndRemoves_RevisionMatchesTheGraph()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var canvas = new CanvasPaths(emulator);
        var first = await ApplyAsync(raw, canvas, """{"add":[{"ref":"doomed","type":"text","prompt":"bye"},{"ref":"keep","type":"image","prompt":"a cat"}]}""");
        var doomed = first.GetProperty("created").GetProperty("doomed").GetProperty("id").GetString();
        var keep = first.GetProperty("created").GetProperty("keep").GetProperty("id").GetString();

        var second = await ApplyAsync(raw, canvas, $$$"""
            {"add":[{"ref":"frame","type":"group","label":"Frame"},{"ref":"poster","type":"image","group":"frame","prompt":"a poster","position":{"x":10,"y":20}}],
             "connect":[{"from":"{{{keep}}}","to":"poster","in":"image"}],
             "update":[{"id":"{{{keep}}}","prompt":"a black cat","params":{"aspect_ratio":"16:9"}}],
             "remove":[{"id":"{{{doomed}}}"}]}
            """);
        var graph = await GetAsync(raw, canvas.Graph);

        var applied = second.GetProperty("applied");
        Assert.Equal((2, 1, 1, 1, 0), (applied.GetProperty("added").GetInt32(), applied.GetProperty("connected").GetInt32(),
            applied.GetProperty("updated").GetInt32(), applied.GetProperty("removed").GetInt32(), applied.GetProperty("disconnected").GetInt32()));
        Assert.Equal(graph.GetProperty("revision").GetString(), second.GetProperty("revision").GetString());
        Assert.NotEqual(first.GetProperty("revision").GetString(), second.GetProperty("revision").GetString());
        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();
        Assert.DoesNotContain(nodes, n => n.GetProperty("id").GetString() == doomed);
        var kept = nodes.Single(n => n.GetProperty("id").GetString() == keep);
        Assert.Equal("a black cat", kept.GetProperty("prompt").GetString());
        Assert.Equal("16:9", kept.GetProperty("params").GetProperty("aspect_ratio").GetString());
        var poster = second.GetProperty("created").GetProperty("poster").GetProperty("id").GetString();
        var edge = Assert.Single(graph.GetProperty("edges").EnumerateArray());
        Assert.Equal((keep, poster, "image"), (edge.GetProperty("from").GetString(), edge.GetProperty("to").GetString(), edge.GetProperty("in").GetString()));
        Assert.Equal(1, (await GetAsync(raw, canvas.Mermaid)).GetProperty("summary").GetProperty("group_count").GetInt32());
    }

    [Fact]
    public async Task ApplyChangeset_OneBadOperation_RefusesTheWholeChangesetWithEveryCause()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var canvas = new CanvasPaths(emulator);
        var before = await GetAsync(raw, canvas.Graph);

        using var response = await raw.SendAsync(HttpMethod.Post, canvas.Changeset, """
            {"add":[{"ref":"ok","type":"image","prompt":"fine"},{"ref":"bad","type":"hologram"}],
             "connect":[{"from":"ok","to":"n404"}],
             "remove":[{"id":"n405"}]}
            """);
        var error = (await RawApi.JsonAsync(response)).GetProperty("error");
        var after = await GetAsync(raw, canvas.Graph);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("input_validation_error", error.GetProperty("code").GetString());
        var causes = error.GetProperty("fields").EnumerateArray().Select(f => (f.GetProperty("field").GetString(), f.GetProperty("code").GetString())).ToList();
        Assert.Equal([("add[1].type", "invalid_node_type"), ("connect[0].to", "node_not_found"), ("remove[0].id", "node_not_found")], causes);
        Assert.Equal(before.GetProperty("revision").GetString(), after.GetProperty("revision").GetString());
        Assert.Equal(before.GetProperty("nodes").GetArrayLength(), after.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task ReplaceDefinition_RoundTripsAndKeepsShortIdsOfKeptNodes()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var canvas = new CanvasPaths(emulator);
        var added = await ApplyAsync(raw, canvas, """{"add":[{"ref":"a","type":"image","prompt":"a"},{"ref":"b","type":"text","prompt":"b"}],"connect":[{"from":"a","to":"b"}]}""");
        var a = added.GetProperty("created").GetProperty("a");
        var current = (await GetAsync(raw, canvas.Definition)).GetProperty("definition");
        var replacement = JsonSerializer.Serialize(new
        {
            definition = new
            {
                nodes = new object[]
                {
                    new { id = a.GetProperty("node_id").GetString(), type = "emptyImageBlock", data = new { label = "kept", prompt = "a" }, position = new { x = 5, y = 6 } },
                    new { id = "node_new", type = "textBlock", data = new { label = "new" } },
                },
                edges = new[] { new { id = "edge_1", source = a.GetProperty("node_id").GetString(), source_handle = (string?)null, target = "node_new", target_handle = "text" } },
                node_inputs = new Dictionary<string, object>(),
                node_outputs = new Dictionary<string, object>(),
            },
        });

        using var replaced = await raw.SendAsync(HttpMethod.Put, canvas.Definition, replacement);
        var answer = await RawApi.JsonAsync(replaced);
        var graph = await GetAsync(raw, canvas.Graph);

        Assert.Equal(2, current.GetProperty("nodes").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(2, answer.GetProperty("summary").GetProperty("node_count").GetInt32());
        var kept = graph.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("node_id").GetString() == a.GetProperty("node_id").GetString());
        Assert.Equal((a.GetProperty("id").GetString(), "kept", 5.0), (kept.GetProperty("id").GetString(), kept.GetProperty("label").GetString(), kept.GetProperty("position").GetProperty("x").GetDouble()));
        Assert.Equal("text", Assert.Single(graph.GetProperty("edges").EnumerateArray()).GetProperty("in").GetString());
        Assert.Equal(emulator.ProjectId, answer.GetProperty("project_id").GetString());
    }

    [Theory]
    [InlineData("""{"definition":{"nodes":[{"id":"x","type":"hologram","data":{}}],"edges":[],"node_inputs":{},"node_outputs":{}}}""", "definition.nodes[0].type")]
    [InlineData("""{"definition":{"nodes":[{"id":"x","type":"textBlock","data":{}}],"edges":[{"id":"e","source":"x","target":"y","source_handle":null,"target_handle":null}],"node_inputs":{},"node_outputs":{}}}""", "definition.edges[0]")]
    [InlineData("""{"definition":{"nodes":[],"edges":[]}}""", "definition.node_inputs")]
    [InlineData("""{"nodes":[]}""", "definition")]
    public async Task ReplaceDefinition_Invalid_Answers400AndChangesNothing(string body, string field)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var canvas = new CanvasPaths(emulator);
        await ApplyAsync(raw, canvas, """{"add":[{"ref":"a","type":"image"}]}""");

        using var response = await raw.SendAsync(HttpMethod.Put, canvas.Definition, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await RawApi.JsonAsync(response)).GetProperty("error").GetProperty("fields")[0].GetProperty("field").GetString());
        Assert.Equal(1, (await GetAsync(raw, canvas.Graph)).GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("workspaces/ws_emulator/projects/prj_nope/graph", HttpStatusCode.NotFound)]
    [InlineData("workspaces/ws_other/projects/prj_emulator/graph", HttpStatusCode.NotFound)]
    [InlineData("workspaces/team_1/projects/prj_emulator/canvas/definition", HttpStatusCode.BadRequest)]
    [InlineData("projects/prj_nope/canvas", HttpStatusCode.NotFound)]
    public async Task CanvasReads_UnknownProjectOrBadWorkspace_AreRefused(string path, HttpStatusCode status)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Get, path);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task PlacedAsset_IsAStaticNodeOfTheCanvas()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var asset = await emulator.Client.Assets.CreateAsync(TestData.FromUrl(emulator.WorkspaceId) with { ProjectId = emulator.ProjectId });

        var node = Assert.Single((await GetAsync(raw, new CanvasPaths(emulator).Graph)).GetProperty("nodes").EnumerateArray());

        Assert.Equal(("static_image", asset.Url), (node.GetProperty("type").GetString(), node.GetProperty("output_url").GetString()));
    }

    internal static async Task<JsonElement> GetAsync(RawApi raw, string path)
    {
        using var response = await raw.SendAsync(HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await RawApi.JsonAsync(response);
    }

    internal static async Task<JsonElement> ApplyAsync(RawApi raw, CanvasPaths canvas, string changeset)
    {
        using var response = await raw.SendAsync(HttpMethod.Post, canvas.Changeset, changeset);
        var body = await RawApi.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }

    /// <summary>The canvas routes of the emulator's seeded project.</summary>
    internal sealed class CanvasPaths(FloraEmulator emulator)
    {
        public string Mermaid => $"projects/{emulator.ProjectId}/canvas";

        public string Graph => $"workspaces/{emulator.WorkspaceId}/projects/{emulator.ProjectId}/graph";

        public string Definition => $"workspaces/{emulator.WorkspaceId}/projects/{emulator.ProjectId}/canvas/definition";

        public string Changeset => $"workspaces/{emulator.WorkspaceId}/projects/{emulator.ProjectId}/canvas/changeset";
    }
}
