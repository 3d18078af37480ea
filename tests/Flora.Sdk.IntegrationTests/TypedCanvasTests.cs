using System.Text.Json.Nodes;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>Actions, project actions, the canvas, workspace projects, folders and the library through the typed client, against the emulator.</summary>
public sealed class TypedCanvasTests
{
    private static readonly RunWaitOptions s_wait = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Actions_ListRetrieveAndRunTypedAndJsonObject_RunsComplete()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.Client;
        var image = ActionInput.Image("https://media.flora.ai/photo.png");

        var list = await client.Actions.ListAsync();
        var rotate = await client.Actions.RetrieveAsync(ActionIds.RotateImage);
        var typed = await client.Actions.RunAsync(new BlurImageActionParams
        {
            Inputs = [image],
            ProjectId = emulator.ProjectId,
            WorkspaceId = emulator.WorkspaceId,
            Params = new BlurImageActionSettings { Radius = 4 },
        });
        var untyped = await client.Actions.RunAsync(
            ActionIds.RotateImage, emulator.WorkspaceId, emulator.ProjectId, [image], new JsonObject { ["angle"] = 90, ["canvas_mode"] = "keep" });
        var typedRun = await client.Runs.WaitForCompletionAsync(typed.RunId, s_wait);
        var untypedRun = await client.Runs.WaitForCompletionAsync(untyped.RunId, s_wait);

        Assert.Equal(40, list.Actions.Count);
        Assert.Equal(ActionIds.All.OrderBy(id => id, StringComparer.Ordinal), list.Actions.Select(a => a.ActionId).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(ActionIds.RotateImage, rotate.ActionId);
        Assert.Equal("image", rotate.Inputs[0].Type);
        Assert.Equal(["shrink", "keep", "expand"], rotate.Params.Single(p => p.Key == "canvas_mode").AvailableValues.Select(v => v.Value));
        Assert.Equal(("action", ActionIds.BlurImage), (typed.Type, typed.ActionId));
        Assert.Equal(("action", ActionIds.RotateImage), (untyped.Type, untyped.ActionId));
        Assert.Equal(RunStatus.Completed, typedRun.Status);
        Assert.NotEmpty(typedRun.Outputs);
        Assert.Equal(RunStatus.Completed, untypedRun.Status);
        await Assert.ThrowsAsync<FloraNotFoundException>(() => client.Actions.RetrieveAsync("rotate-image"));
    }

    [Fact]
    public async Task ProjectActions_CreateThenRun_TheNodeIsInTheGraphAndItsRunCompletes()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.Client;

        var created = await client.Projects.Actions.CreateAsync(
            emulator.ProjectId, new ProjectActionCreateParams { ActionId = ActionIds.BlurImage, Params = new JsonObject { ["radius"] = 4 } });
        var started = await client.Projects.Actions.RunAsync(emulator.ProjectId, created.NodeId);
        var run = await client.Runs.WaitForCompletionAsync(started.RunId, s_wait);
        var graph = await client.Workspaces.Projects.GraphAsync(emulator.WorkspaceId, emulator.ProjectId);

        Assert.Equal((ActionIds.BlurImage, emulator.ProjectId), (created.ActionId, created.ProjectId));
        Assert.Equal("action", started.Type);
        Assert.Equal(RunStatus.Completed, run.Status);
        var node = graph.Nodes.Single(n => n.NodeId == created.NodeId);
        Assert.Equal("action", node.Type);
        Assert.Equal(ActionIds.BlurImage, node.Action!.ActionId);
        Assert.Equal(run.Outputs[0].Url, node.OutputUrl);
        await Assert.ThrowsAsync<FloraNotFoundException>(() => client.Projects.Actions.RunAsync(emulator.ProjectId, "n404"));
    }

    [Fact]
    public async Task ProjectCanvas_Update_IsSeenByTheNextRetrieveAndTheGraph()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.Client;

        var before = await client.Projects.Canvas.RetrieveAsync(emulator.ProjectId);
        var updated = await client.Projects.Canvas.UpdateAsync(emulator.ProjectId, new ProjectCanvasUpdateParams
        {
            Diagram = "graph LR\n  source[\"(Image)\"]\n  output[\"Editorial campaign image (Image)\"]\n  source --> output",
            NodeParams = new Dictionary<string, CanvasNodeParams> { ["source"] = new() { ContentUrl = "https://media.flora.ai/photo.png" } },
        });
        var after = await client.Projects.Canvas.RetrieveAsync(emulator.ProjectId);
        var graph = await client.Workspaces.Projects.GraphAsync(emulator.WorkspaceId, emulator.ProjectId);

        Assert.DoesNotContain("Editorial campaign image", before.Diagram, StringComparison.Ordinal);
        Assert.Equal((2, 1), (updated.CreatedNodeCount, updated.CreatedEdgeCount));
        Assert.Empty(updated.Warnings);
        Assert.Contains("Editorial campaign image (Image)", after.Diagram, StringComparison.Ordinal);
        Assert.Equal(2, after.Summary!.NodeCount);
        var output = graph.Nodes.Single(n => n.Prompt == "Editorial campaign image");
        var source = graph.Nodes.Single(n => n.OutputUrl == "https://media.flora.ai/photo.png");
        Assert.Equal(("image", "static_image"), (output.Type, source.Type));
        var edge = Assert.Single(graph.Edges);
        Assert.Equal((source.Id, output.Id), (edge.From, edge.To));
    }

    [Fact]
    public async Task WorkspaceProjects_CreateChangesetGraphRunNodesAndReplaceDefinition()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.Client;
        var canvas = client.Workspaces.Projects.Canvas;

        var project = await client.Workspaces.Projects.CreateAsync(emulator.WorkspaceId, new WorkspaceProjectCreateParams { Name = "Typed canvas" });
        var id = project.ProjectId;
        var applied = await canvas.ApplyChangesetAsync(emulator.WorkspaceId, id, new CanvasApplyChangesetParams
        {
            Add = [new CanvasAddOperation { Ref = "cat", Type = "image", Prompt = "a cat" }, new CanvasAddOperation { Ref = "poem", Type = "text", Prompt = "a poem" }],
            Connect = [new CanvasEdgeOperation { From = "cat", To = "poem" }],
        });
        var cat = applied.Created["cat"].NodeId;
        var poem = applied.Created["poem"].NodeId;
        var graph = await client.Workspaces.Projects.GraphAsync(emulator.WorkspaceId, id);
        var ran = await client.Workspaces.Projects.RunNodesAsync(emulator.WorkspaceId, id, new ProjectRunNodesParams { NodeIds = [cat] });
        var catRun = await client.Runs.WaitForCompletionAsync(ran.Runs[0].RunId!, s_wait);
        var definition = await canvas.RetrieveDefinitionAsync(emulator.WorkspaceId, id);
        var kept = definition.Definition with
        {
            Nodes = [.. definition.Definition.Nodes.Where(n => n.Id == cat)],
            Edges = [],
            NodeInputs = definition.Definition.NodeInputs.Where(p => p.Key == cat).ToDictionary(),
            NodeOutputs = definition.Definition.NodeOutputs.Where(p => p.Key == cat).ToDictionary(),
        };
        var replaced = await canvas.ReplaceDefinitionAsync(emulator.WorkspaceId, id, new CanvasReplaceDefinitionParams { Definition = kept });
        var afterReplace = await client.Workspaces.Projects.GraphAsync(emulator.WorkspaceId, id);

        Assert.Equal(("Typed canvas", emulator.WorkspaceId), (project.Name, project.WorkspaceId));
        Assert.StartsWith("prj_", id, StringComparison.Ordinal);
        Assert.Equal(id, applied.ProjectId);
        Assert.Equal(new[] { cat, poem }.Order(StringComparer.Ordinal), graph.Nodes.Select(n => n.NodeId).Order(StringComparer.Ordinal));
        Assert.Equal(applied.Revision, graph.Revision);
        Assert.Equal((applied.Created["cat"].Id, applied.Created["poem"].Id), (Assert.Single(graph.Edges).From, graph.Edges[0].To));
        Assert.Equal(id, ran.ProjectId);
        var nodeRun = Assert.Single(ran.Runs);
        Assert.True(nodeRun.Started, $"The node run's status was {nodeRun.Status}.");
        Assert.Equal(cat, nodeRun.NodeId);
        Assert.Equal(RunStatus.Completed, catRun.Status);
        Assert.Equal(2, definition.Definition.Nodes.Count);
        Assert.Single(definition.Definition.Edges);
        Assert.Equal(1, replaced.Summary!.NodeCount);
        Assert.Equal([cat], afterReplace.Nodes.Select(n => n.NodeId));
        Assert.Empty(afterReplace.Edges);
    }

    [Fact]
    public async Task ApplyChangeset_OneBadOperation_IsRefusedAsAWholeAndTheGraphIsUnchanged()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.Client;
        var before = await client.Workspaces.Projects.GraphAsync(emulator.WorkspaceId, emulator.ProjectId);

        var error = await Assert.ThrowsAsync<FloraBadRequestException>(() => client.Workspaces.Projects.Canvas.ApplyChangesetAsync(
            emulator.WorkspaceId, emulator.ProjectId, new CanvasApplyChangesetParams
            {
                Add = [new CanvasAddOperation { Ref = "ok", Type = "image", Prompt = "fine" }, new CanvasAddOperation { Ref = "bad", Type = "hologram" }],
                Remove = [new CanvasRemoveOperation { Id = "n405" }],
            }));
        var after = await client.Workspaces.Projects.GraphAsync(emulator.WorkspaceId, emulator.ProjectId);

        Assert.Equal("input_validation_error", error.ErrorCode);
        Assert.Equal(before.Revision, after.Revision);
        Assert.Equal(before.Nodes.Count, after.Nodes.Count);
        Assert.DoesNotContain(after.Nodes, n => n.Prompt == "fine");
    }

    [Fact]
    public async Task Folders_CreateProjectInTheEmulatorsFolder_AnswersTheNewProject()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var project = await emulator.Client.Workspaces.Folders.CreateProjectAsync(
            emulator.WorkspaceId, "fld_emulator", new WorkspaceProjectCreateParams { Name = "In a folder" });
        var graph = await emulator.Client.Workspaces.Projects.GraphAsync(emulator.WorkspaceId, project.ProjectId);

        Assert.Equal(("In a folder", emulator.WorkspaceId), (project.Name, project.WorkspaceId));
        Assert.StartsWith("prj_", project.ProjectId, StringComparison.Ordinal);
        Assert.Contains(emulator.Projects, p => p.ProjectId == project.ProjectId);
        Assert.Empty(graph.Nodes);
    }

    [Fact]
    public async Task LibraryFolders_CreateAddDelete_ThenAddingToTheDeletedFolderIsNotFound()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var folders = emulator.Client.Workspaces.Library.Folders;

        var folder = await folders.CreateAsync(emulator.WorkspaceId, new LibraryFolderCreateParams { Name = "Clips" });
        var image = await folders.AddItemAsync(emulator.WorkspaceId, folder.FolderId, new LibraryFolderAddItemParams
        {
            Type = "image",
            Source = "https://media.flora.ai/clip.png",
            Description = "a clip",
        });
        var text = await folders.AddItemAsync(emulator.WorkspaceId, folder.FolderId, new LibraryFolderAddItemParams { Type = "text", Text = "a quote" });
        var deleted = await folders.DeleteAsync(emulator.WorkspaceId, folder.FolderId);

        Assert.Equal(("Clips", emulator.WorkspaceId), (folder.Name, folder.WorkspaceId));
        Assert.Equal((folder.FolderId, emulator.WorkspaceId), (image.FolderId, image.WorkspaceId));
        Assert.False(string.IsNullOrEmpty(image.SavedNodeId));
        Assert.Equal(folder.FolderId, text.FolderId);
        Assert.NotEqual(image.SavedNodeId, text.SavedNodeId);
        Assert.True(deleted.Deleted);
        Assert.Equal(folder.FolderId, deleted.FolderId);
        await Assert.ThrowsAsync<FloraNotFoundException>(() => folders.AddItemAsync(
            emulator.WorkspaceId, folder.FolderId, new LibraryFolderAddItemParams { Type = "text", Text = "too late" }));
    }
}
