using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// <c>GET /projects/{id}/canvas</c> (the canvas as a Mermaid flowchart, with its summary) and <c>PATCH /projects/{id}/canvas</c>
/// (add the nodes and edges of a flowchart, all or nothing), in FLORA's TypeScript SDK 0.11.0 shapes.
/// </summary>
internal sealed class CanvasEndpoints(EmulatorState state) : IEmulatorEndpoints
{
    private static readonly string[] s_nodeParams = ["aspect_ratio", "content_url", "model", "model_parameters", "prompt", "resolution"];

    public void Map(EmulatorRoutes routes)
    {
        routes.Get("/projects/{projectId}/canvas", EmulatorRoute.RetrieveCanvas, c => Retrieve(c.Arg("projectId")));
        routes.Patch("/projects/{projectId}/canvas", EmulatorRoute.UpdateCanvas, UpdateAsync);
    }

    public EmulatorResult Retrieve(string projectId)
    {
        if (state.Catalog.Find(projectId) is not { } project)
        {
            return EmulatorResult.NotFound($"Project '{projectId}' was not found.");
        }

        return EmulatorResult.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("canvas_url", state.Catalog.CanvasUrl(projectId));
            w.WriteString("diagram", CanvasMermaid.Render(project.Canvas));
            w.WriteString("project_id", projectId);
            CanvasJson.WriteSummary(w, project.Canvas);
            w.WriteEndObject();
        });
    }

    public Task<EmulatorResult> UpdateAsync(HttpContext context) => RequestJson.WithObjectAsync(context, (body, errors) =>
    {
        var projectId = context.Arg("projectId");
        var diagram = RequestJson.OptionalString(body, "diagram", errors);
        if (string.IsNullOrWhiteSpace(diagram) && errors.Count == 0)
        {
            errors.Add(new("diagram", "diagram is required: a Mermaid flowchart such as 'graph LR\\n  a[\"Photo (Image)\"] --> b[\"Poster (Image)\"]'."));
        }

        var parsed = diagram is null ? null : CanvasMermaid.Parse(diagram);
        if (parsed?.Error is { } error)
        {
            errors.Add(new("diagram", error));
        }

        lock (state.Gate)
        {
            var project = state.Catalog.Find(projectId);
            if (project is null)
            {
                return EmulatorResult.NotFound($"Project '{projectId}' was not found.");
            }

            if (parsed is not null && errors.Count == 0)
            {
                CheckReferences(project.Canvas, parsed, body, errors);
            }

            if (errors.Count > 0)
            {
                return EmulatorResult.Validation("The canvas could not be updated: " + errors[0].Value, errors);
            }

            var (nodes, edges) = Apply(project, parsed!, body);
            state.Catalog.Touch(project);
            return EmulatorResult.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteString("canvas_url", state.Catalog.CanvasUrl(projectId));
                w.WriteNumber("created_edge_count", edges);
                w.WriteNumber("created_node_count", nodes);
                w.WriteString("diagram", diagram);
                w.WriteString("project_id", projectId);
                if (parsed!.Warnings.Count > 0)
                {
                    w.WriteStartArray("warnings");
                    parsed.Warnings.ForEach(w.WriteStringValue);
                    w.WriteEndArray();
                }

                w.WriteEndObject();
            });
        }
    });

    /// <summary>Every edge end must be declared in the diagram or be a node of the canvas; every node_params key declared, and valid.</summary>
    private static void CheckReferences(CanvasModel canvas, MermaidDiagram diagram, JsonElement body, List<KeyValuePair<string, string>> errors)
    {
        foreach (var node in diagram.Nodes.Where(n => n.Label is null && canvas.Find(n.Id) is null))
        {
            errors.Add(new("diagram", $"'{node.Id}' is neither declared with a label in the diagram nor a node of this canvas; GET the canvas for its short ids."));
        }

        if (!body.TryGetProperty("node_params", out var all) || all.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (all.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("node_params", "node_params must be an object keyed by Mermaid node id, e.g. {\"img1\": {\"content_url\": \"https://…\"}}."));
            return;
        }

        foreach (var entry in all.EnumerateObject())
        {
            var field = "node_params." + entry.Name;
            var declared = diagram.Nodes.FirstOrDefault(n => n.Id == entry.Name && n.Label is not null);
            if (declared is null)
            {
                errors.Add(new(field, $"'{entry.Name}' is not a node the diagram declares; node_params is keyed by Mermaid node id, not a bare {{content_url}} object."));
                continue;
            }

            if (entry.Value.ValueKind != JsonValueKind.Object || entry.Value.EnumerateObject().Any(p => !s_nodeParams.Contains(p.Name)))
            {
                errors.Add(new(field, $"{field} must be an object of {string.Join(", ", s_nodeParams)}."));
                continue;
            }

            var content = Text(entry.Value, "content_url");
            if (content is not null && Text(entry.Value, "prompt") is not null)
            {
                errors.Add(new(field, "content_url and prompt are mutually exclusive: a node either generates or shows existing media."));
            }
            else if (content is not null && (declared.AgentType == "text" || !Uri.TryCreate(content, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps))
            {
                errors.Add(new(field + ".content_url", "content_url must be an HTTPS URL, on an Image, Video or Audio node."));
            }
        }
    }

    private static (int Nodes, int Edges) Apply(ProjectRecord project, MermaidDiagram diagram, JsonElement body)
    {
        var canvas = project.Canvas;
        var created = new Dictionary<string, CanvasNode>(StringComparer.Ordinal);
        foreach (var declared in diagram.Nodes.Where(n => n.Label is not null))
        {
            if (canvas.Find(declared.Id) is not null || created.ContainsKey(declared.Id))
            {
                diagram.Warnings.Add($"'{declared.Id}' is re-declared with a label: a NEW node was created. Reference an existing node in an edge without a label to attach to it.");
            }

            var settings = body.TryGetProperty("node_params", out var all) && all.ValueKind == JsonValueKind.Object
                && all.TryGetProperty(declared.Id, out var s) ? s : default;
            var content = settings.ValueKind == JsonValueKind.Object ? Text(settings, "content_url") : null;
            var node = canvas.Add(CanvasTypes.DefinitionType(declared.AgentType, content is not null));
            node.Data["label"] = declared.Label;
            CanvasNodes.Configure(node, settings, content is null ? declared.Prompt : null);
            created[declared.Id] = node;
        }

        var edges = 0;
        foreach (var (from, to) in diagram.Edges)
        {
            var source = created.GetValueOrDefault(from) ?? canvas.Find(from)!;
            var target = created.GetValueOrDefault(to) ?? canvas.Find(to)!;
            if (canvas.HasEdge(source.NodeId, target.NodeId, null))
            {
                diagram.Warnings.Add($"The edge {from} --> {to} exists already; the canvas carries one edge per pair.");
                continue;
            }

            canvas.Connect(source.NodeId, target.NodeId, null);
            edges++;
        }

        return (created.Count, edges);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
