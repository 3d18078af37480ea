using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// Action nodes of a project canvas: <c>POST /projects/{id}/actions</c> puts one on the canvas and
/// <c>POST /projects/{id}/actions/{nodeId}/run</c> runs it (no body), in FLORA's TypeScript SDK 0.11.0 shapes.
/// </summary>
internal sealed class ProjectActionEndpoints(EmulatorState state) : IEmulatorEndpoints
{
    public void Map(EmulatorRoutes routes)
    {
        routes.Post("/projects/{projectId}/actions", EmulatorRoute.CreateProjectAction, CreateAsync);
        routes.Post("/projects/{projectId}/actions/{nodeId}/run", EmulatorRoute.RunProjectAction, Run);
    }

    public Task<EmulatorResult> CreateAsync(HttpContext context) => RequestJson.WithObjectAsync(context, (body, errors) =>
    {
        var projectId = context.Arg("projectId");
        var actionId = RequestJson.OptionalString(body, "action_id", errors);
        if (string.IsNullOrEmpty(actionId))
        {
            return EmulatorResult.Validation("The action node was not created: action_id is required.", [new("action_id", "action_id is required: a raw action slug such as rotate-image-browser.")]);
        }

        if (ActionCatalog.Find(actionId) is not { } action)
        {
            return ActionEndpoints.UnknownAction(actionId);
        }

        var hasParams = body.TryGetProperty("params", out var parameters) && parameters.ValueKind != System.Text.Json.JsonValueKind.Null;
        if (hasParams)
        {
            ActionJson.CheckParams(action, parameters, "params", errors);
        }

        if (errors.Count > 0)
        {
            return EmulatorResult.Validation("The action node was not created: " + errors[0].Value, errors);
        }

        lock (state.Gate)
        {
            if (state.Catalog.Find(projectId) is not { } project)
            {
                return EmulatorResult.NotFound($"Project '{projectId}' was not found.");
            }

            var node = project.Canvas.Add(CanvasTypes.DefinitionType("action", hasContent: false));
            node.Data["label"] = action.Name;
            node.Data["action_id"] = action.ActionId;
            if (hasParams)
            {
                node.Data["params"] = JsonNode.Parse(parameters.GetRawText());
            }

            state.Catalog.Touch(project);
            return EmulatorResult.Json(201, w =>
            {
                w.WriteStartObject();
                w.WriteString("action_id", action.ActionId);
                w.WriteString("canvas_url", state.Catalog.CanvasUrl(projectId));
                w.WriteString("node_id", node.NodeId);
                w.WriteString("project_id", projectId);
                w.WriteEndObject();
            });
        }
    });

    public EmulatorResult Run(HttpContext context)
    {
        var projectId = context.Arg("projectId");
        var nodeId = context.Arg("nodeId");
        if (state.Catalog.Find(projectId) is not { } project)
        {
            return EmulatorResult.NotFound($"Project '{projectId}' was not found.");
        }

        if (project.Canvas.Find(nodeId) is not { } node)
        {
            return EmulatorResult.NotFound($"No node of project '{projectId}' answers to '{nodeId}'; the project graph lists short ids and node UUIDs.");
        }

        if (node.AgentType != "action" || node.Text("action_id") is not { } actionId || ActionCatalog.Find(actionId) is not { } action)
        {
            return EmulatorResult.Validation($"Node '{nodeId}' is not a prebuilt action node; generation nodes run with POST /workspaces/{{ws}}/projects/{{id}}/nodes/run.",
                [new("node_id", "The node must be an action node made with POST /projects/{projectId}/actions.")]);
        }

        if (CanvasRuns.IsRunning(state, node))
        {
            return EmulatorResult.Conflict($"Action node '{nodeId}' is running already; poll its run.");
        }

        // The node's inputs are its wired upstream nodes: their ids seed its outputs.
        var upstream = string.Join(",", project.Canvas.Edges.Where(e => e.Target == node.NodeId).Select(e => e.Source));
        return CanvasRuns.StartAction(state, context, action, project.WorkspaceId, projectId, upstream, node);
    }
}
