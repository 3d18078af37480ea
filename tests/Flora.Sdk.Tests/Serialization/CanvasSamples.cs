using System.Text.Json;
using System.Text.Json.Nodes;
using Flora.Sdk.Models;

namespace Flora.Sdk.Tests.Serialization;

/// <summary>The fully populated samples of the canvas, workspace project and library models, for <see cref="FloraJsonContextTests"/>.</summary>
internal static class CanvasSamples
{
    /// <summary>Types holding lists or JSON objects (compared by reference as records), so compared through the JSON.</summary>
    public static readonly HashSet<Type> ComparedAsJson = [typeof(CanvasDefinition), typeof(ProjectGraphNodeAction)];

    private static readonly CanvasPosition s_position = new() { X = 1.5, Y = -2, AdditionalProperties = Unknown() };
    private static readonly CanvasSummary s_summary = new() { NodeCount = 3, EdgeCount = 2, GroupCount = 1, IsolatedNodeCount = 0, WorkflowCount = 1 };

    private static readonly CanvasDefinitionNode s_node = new()
    {
        Id = "node_1",
        Type = "staticImageBlock",
        Data = new JsonObject { ["url"] = "https://cdn.test/a.png" },
        Position = s_position,
        ParentId = "grp_1",
        Width = 320,
        Height = 240,
        ZIndex = 2,
        Hidden = false,
        ExpandParent = true,
        Extent = new JsonArray(0, 0),
        Origin = new JsonArray(0.5, 0.5),
        Style = new JsonObject { ["opacity"] = 0.5 },
        AdditionalProperties = Unknown(),
    };

    private static readonly CanvasDefinitionEdge s_edge = new()
    {
        Id = "edge_1",
        Source = "node_1",
        SourceHandle = "out",
        Target = "node_2",
        TargetHandle = "image",
        Type = "smooth",
        Data = new JsonObject { ["w"] = 1 },
    };

    private static readonly CanvasDefinition s_definition = new()
    {
        Nodes = [s_node],
        Edges = [s_edge],
        NodeInputs = new Dictionary<string, JsonNode?> { ["node_1"] = new JsonObject { ["prompt"] = "p" } },
        NodeOutputs = new Dictionary<string, JsonNode?> { ["node_1"] = new JsonObject { ["url"] = "u" } },
        LayerEditorDocuments = new Dictionary<string, JsonNode?> { ["node_3"] = new JsonObject { ["layers"] = new JsonArray() } },
        AdditionalProperties = Unknown(),
    };

    private static readonly ProjectGraphNodeAction s_action = new() { ActionId = "rotate-image", Params = new JsonObject { ["angle"] = 90 } };

    public static Dictionary<Type, object> Add(Dictionary<Type, object> samples)
    {
        samples[typeof(CanvasPosition)] = s_position;
        samples[typeof(CanvasSummary)] = s_summary;
        samples[typeof(CanvasDefinitionNode)] = s_node;
        samples[typeof(CanvasDefinitionEdge)] = s_edge;
        samples[typeof(CanvasDefinition)] = s_definition;
        samples[typeof(CanvasDefinitionResponse)] = new CanvasDefinitionResponse { ProjectId = "prj_1", CanvasUrl = "u", Definition = s_definition, Summary = s_summary };
        samples[typeof(CanvasReplaceDefinitionParams)] = new CanvasReplaceDefinitionParams { Definition = s_definition };
        samples[typeof(ProjectCanvasRetrieveResponse)] = new ProjectCanvasRetrieveResponse { ProjectId = "prj_1", CanvasUrl = "u", Diagram = "graph LR", Summary = s_summary };
        samples[typeof(CanvasNodeParams)] = new CanvasNodeParams
        {
            ContentUrl = "https://cdn.test/a.png",
            Prompt = "p",
            Model = "m",
            ModelParameters = new JsonObject { ["seed"] = 1 },
            AspectRatio = "16:9",
            Resolution = "1k",
        };
        samples[typeof(ProjectCanvasUpdateParams)] = new ProjectCanvasUpdateParams
        {
            Diagram = "graph LR",
            NodeParams = new Dictionary<string, CanvasNodeParams> { ["img1"] = new() { ContentUrl = "https://cdn.test/a.png" } },
        };
        samples[typeof(ProjectCanvasUpdateResponse)] = new ProjectCanvasUpdateResponse
        {
            ProjectId = "prj_1",
            CanvasUrl = "u",
            Diagram = "d",
            CreatedNodeCount = 2,
            CreatedEdgeCount = 1,
            Warnings = ["w"],
        };
        samples[typeof(WorkspaceProjectCreateParams)] = new WorkspaceProjectCreateParams { Name = "Spring" };
        samples[typeof(ProjectGraphEdge)] = new ProjectGraphEdge { From = "n1", To = "n2", In = "image" };
        samples[typeof(ProjectGraphNodeAction)] = s_action;
        samples[typeof(ProjectGraphNode)] = GraphNode();
        samples[typeof(ProjectGraphResponse)] = new ProjectGraphResponse
        {
            ProjectId = "prj_1",
            CanvasUrl = "u",
            Revision = "r1",
            Nodes = [GraphNode()],
            Edges = [new ProjectGraphEdge { From = "n1", To = "n2" }],
        };
        samples[typeof(ProjectRunNodesParams)] = new ProjectRunNodesParams { NodeIds = ["n1", "n2"] };
        samples[typeof(ProjectNodeRun)] = NodeRun();
        samples[typeof(ProjectRunNodesResponse)] = new ProjectRunNodesResponse { ProjectId = "prj_1", Runs = [NodeRun()] };
        AddChangesets(samples);
        AddLibrary(samples);
        return samples;
    }

    private static void AddChangesets(Dictionary<Type, object> samples)
    {
        var add = new CanvasAddOperation
        {
            Ref = "hero",
            Type = "image",
            Label = "l",
            Prompt = "p",
            Model = "m",
            Params = new JsonObject { ["seed"] = 1 },
            ContentUrl = "https://cdn.test/a.png",
            Group = "g",
            Position = s_position,
        };
        var update = new CanvasUpdateOperation { Id = "n1", Label = "l", Prompt = "p", Model = "m", Params = new JsonObject { ["seed"] = 2 }, Position = s_position };
        var edge = new CanvasEdgeOperation { From = "n1", To = "n2", In = "image" };
        var remove = new CanvasRemoveOperation { Id = "n4" };
        samples[typeof(CanvasAddOperation)] = add;
        samples[typeof(CanvasUpdateOperation)] = update;
        samples[typeof(CanvasEdgeOperation)] = edge;
        samples[typeof(CanvasRemoveOperation)] = remove;
        samples[typeof(CanvasApplyChangesetParams)] = new CanvasApplyChangesetParams { Add = [add], Update = [update], Connect = [edge], Disconnect = [edge], Remove = [remove] };
        var applied = new CanvasChangesetApplied { Added = 1, Updated = 1, Connected = 1, Disconnected = 1, Removed = 1 };
        var created = new CanvasCreatedNode { Id = "n7", NodeId = "uuid-7" };
        samples[typeof(CanvasChangesetApplied)] = applied;
        samples[typeof(CanvasCreatedNode)] = created;
        samples[typeof(CanvasApplyChangesetResponse)] = new CanvasApplyChangesetResponse
        {
            ProjectId = "prj_1",
            CanvasUrl = "u",
            Revision = "r2",
            Applied = applied,
            Created = new Dictionary<string, CanvasCreatedNode> { ["hero"] = created },
            Warnings = ["w"],
        };
    }

    private static void AddLibrary(Dictionary<Type, object> samples)
    {
        samples[typeof(LibraryFolderCreateParams)] = new LibraryFolderCreateParams { Name = "Clips" };
        samples[typeof(LibraryFolderCreateResponse)] = new LibraryFolderCreateResponse { FolderId = "libfolder_1", Name = "Clips", WorkspaceId = "ws_1" };
        samples[typeof(LibraryFolderDeleteResponse)] = new LibraryFolderDeleteResponse { Deleted = true, FolderId = "libfolder_1", WorkspaceId = "ws_1" };
        samples[typeof(LibraryFolderAddItemParams)] = new LibraryFolderAddItemParams { Type = "image", Source = "https://example.test/a.png", Text = "t", Description = "d" };
        samples[typeof(LibraryFolderAddItemResponse)] = new LibraryFolderAddItemResponse
        {
            FolderId = "libfolder_1",
            SavedNodeId = "sn_1",
            WorkspaceId = "ws_1",
            AssetId = "asset_1",
            Url = "https://cdn.test/s.png",
        };
    }

    private static ProjectGraphNode GraphNode() => new()
    {
        Id = "n1",
        NodeId = "uuid-1",
        Type = "action",
        Label = "Rotate",
        Prompt = "p",
        Model = "m",
        ModelId = "fal/m",
        Params = new JsonObject { ["seed"] = 1 },
        Action = s_action,
        Position = s_position,
        Status = "error",
        OutputText = "t",
        OutputUrl = "https://cdn.test/o.png",
        ErrorCode = "nsfw",
        ErrorMessage = "blocked",
    };

    private static ProjectNodeRun NodeRun() => new()
    {
        NodeId = "n1",
        Status = "started",
        RunId = "run_1",
        Type = "generation",
        PollUrl = "https://api.test/runs/run_1",
        ChargedCost = 0.04m,
        EstimatedSeconds = 12,
        Reason = "node_locked",
        Message = "m",
        ModelId = "fal/flux",
    };

    private static Dictionary<string, JsonElement> Unknown() => new() { ["x_extra"] = JsonDocument.Parse("""{"a":[1,"b"]}""").RootElement.Clone() };
}
