using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// Writes a canvas in the shapes of FLORA's TypeScript SDK 0.11.0: the graph (<c>ProjectGraphResponse</c>), the definition
/// (<c>CanvasRetrieveDefinitionResponse.Definition</c>) and the summary. Nullable fields are written as null, optional
/// ones only when they have a value.
/// </summary>
internal static class CanvasJson
{
    public static void WriteGraph(Utf8JsonWriter w, EmulatorState state, ProjectRecord project)
    {
        w.WriteStartObject();
        w.WriteString("canvas_url", state.Catalog.CanvasUrl(project.ProjectId));
        WriteGraphBody(w, state, project.Canvas);
        w.WriteString("project_id", project.ProjectId);
        w.WriteString("revision", Revision(state, project.Canvas));
        w.WriteEndObject();
    }

    /// <summary>The opaque change marker: a hash of everything the graph reports, so it changes exactly when the graph does.</summary>
    public static string Revision(EmulatorState state, CanvasModel canvas)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            WriteGraphBody(w, state, canvas);
            w.WriteEndObject();
        }

        return "rev_" + Convert.ToHexString(SHA256.HashData(buffer.WrittenSpan))[..16].ToLowerInvariant();
    }

    public static void WriteSummary(Utf8JsonWriter w, CanvasModel canvas)
    {
        var summary = canvas.Summary();
        w.WriteStartObject("summary");
        w.WriteNumber("edge_count", summary.Edges);
        w.WriteNumber("group_count", summary.Groups);
        w.WriteNumber("isolated_node_count", summary.Isolated);
        w.WriteNumber("node_count", summary.Nodes);
        w.WriteNumber("workflow_count", summary.Workflows);
        w.WriteEndObject();
    }

    /// <summary><c>{canvas_url, definition, project_id, summary}</c>: the answer of a definition read or replace.</summary>
    public static void WriteDefinitionResponse(Utf8JsonWriter w, EmulatorState state, ProjectRecord project)
    {
        var canvas = project.Canvas;
        w.WriteStartObject();
        w.WriteString("canvas_url", state.Catalog.CanvasUrl(project.ProjectId));
        w.WriteStartObject("definition");
        w.WriteStartArray("edges");
        foreach (var edge in canvas.Edges)
        {
            w.WriteStartObject();
            w.WriteString("id", edge.EdgeId);
            w.WriteString("source", edge.Source);
            w.WriteString("source_handle", edge.SourceHandle);
            w.WriteString("target", edge.Target);
            w.WriteString("target_handle", edge.TargetHandle);
            Write(w, "data", edge.Data);
            if (edge.RendererType is { } type)
            {
                w.WriteString("type", type);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteMap(w, "node_inputs", canvas, n => n.Inputs);
        WriteMap(w, "node_outputs", canvas, n => CanvasRunState.Of(state, n).Outputs(n));
        w.WriteStartArray("nodes");
        foreach (var node in canvas.Nodes)
        {
            var parent = node.ParentId is null ? null : canvas.ByNodeId(node.ParentId);
            w.WriteStartObject();
            w.WriteString("id", node.NodeId);
            Write(w, "data", node.Data);
            w.WriteStartObject("position");
            w.WriteNumber("x", node.X - (parent?.X ?? 0));
            w.WriteNumber("y", node.Y - (parent?.Y ?? 0));
            w.WriteEndObject();
            w.WriteString("type", node.Type);
            if (node.ParentId is { } parentId)
            {
                w.WriteString("parent_id", parentId);
            }

            foreach (var (name, value) in node.Extras)
            {
                Write(w, name, value);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteString("project_id", project.ProjectId);
        WriteSummary(w, canvas);
        w.WriteEndObject();
    }

    private static void WriteGraphBody(Utf8JsonWriter w, EmulatorState state, CanvasModel canvas)
    {
        w.WriteStartArray("edges");
        foreach (var edge in canvas.Edges)
        {
            w.WriteStartObject();
            w.WriteString("from", canvas.ByNodeId(edge.Source)?.ShortId);
            w.WriteString("in", edge.TargetHandle);
            w.WriteString("to", canvas.ByNodeId(edge.Target)?.ShortId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("nodes");
        foreach (var node in canvas.Nodes)
        {
            WriteGraphNode(w, state, node);
        }

        w.WriteEndArray();
    }

    private static void WriteGraphNode(Utf8JsonWriter w, EmulatorState state, CanvasNode node)
    {
        var run = CanvasRunState.Of(state, node);
        var outputs = run.Outputs(node);
        w.WriteStartObject();
        w.WriteString("id", node.ShortId);
        if (node.AgentType == "action")
        {
            w.WriteStartObject("action");
            w.WriteString("action_id", node.Text("action_id"));
            Write(w, "params", node.Data["params"] as JsonObject is { Count: > 0 } set ? set : null, nullWhenMissing: true);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("action");
        }

        w.WriteString("label", node.Text("label") ?? CanvasTypes.MermaidWord(node.AgentType));
        w.WriteString("model", node.Text("model"));
        w.WriteString("model_id", node.Text("model_id"));
        w.WriteString("node_id", node.NodeId);
        w.WriteString("output_text", outputs["text"]?.GetValue<string>());
        w.WriteString("output_url", outputs["url"]?.GetValue<string>());
        Write(w, "params", node.AgentType != "action" && node.Data["params"] is JsonObject { Count: > 0 } parameters ? parameters : null, nullWhenMissing: true);
        w.WriteStartObject("position");
        w.WriteNumber("x", node.X);
        w.WriteNumber("y", node.Y);
        w.WriteEndObject();
        w.WriteString("prompt", node.Text("prompt"));
        w.WriteString("status", run.Status);
        w.WriteString("type", node.AgentType);
        if (run.Status == "error")
        {
            w.WriteString("error_code", run.ErrorCode);
            w.WriteString("error_message", run.ErrorMessage);
        }

        w.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter w, string name, CanvasModel canvas, Func<CanvasNode, JsonObject> entry)
    {
        w.WriteStartObject(name);
        foreach (var node in canvas.Nodes)
        {
            Write(w, node.NodeId, entry(node));
        }

        w.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter w, string name, JsonNode? value, bool nullWhenMissing = false)
    {
        if (value is null)
        {
            if (nullWhenMissing)
            {
                w.WriteNull(name);
            }

            return;
        }

        w.WritePropertyName(name);
        value.WriteTo(w);
    }
}
