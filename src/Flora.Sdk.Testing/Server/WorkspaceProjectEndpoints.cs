using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// Projects under a workspace path: create (<c>POST /workspaces/{ws}/projects</c>, or in a project folder with
/// <c>POST /workspaces/{ws}/folders/{folderId}/projects</c>, any <c>fld_</c> id), the graph (<c>GET …/graph</c>) and
/// node runs (<c>POST …/nodes/run</c>), in FLORA's TypeScript SDK 0.11.0 shapes.
/// </summary>
internal sealed class WorkspaceProjectEndpoints(EmulatorState state) : IEmulatorEndpoints
{
    /// <summary>FLORA runs between 1 and 50 nodes per request.</summary>
    internal const int MaxNodes = 50;

    public void Map(EmulatorRoutes routes)
    {
        routes.Post("/workspaces/{workspaceId}/projects", EmulatorRoute.CreateWorkspaceProject, c => CreateAsync(c, null));
        routes.Post("/workspaces/{workspaceId}/folders/{folderId}/projects", EmulatorRoute.CreateFolderProject, c => CreateAsync(c, c.Arg("folderId")));
        routes.Get("/workspaces/{workspaceId}/projects/{projectId}/graph", EmulatorRoute.RetrieveProjectGraph, Graph);
        routes.Post("/workspaces/{workspaceId}/projects/{projectId}/nodes/run", EmulatorRoute.RunProjectNodes, RunNodesAsync);
    }

    public Task<EmulatorResult> CreateAsync(HttpContext context, string? folderId) => RequestJson.WithObjectAsync(context, (body, errors) =>
    {
        var workspaceId = context.Arg("workspaceId");
        if (!CreateFields.IsId(workspaceId, "ws_"))
        {
            errors.Add(new("workspace_id", $"'{workspaceId}' is not a workspace id: it must start with ws_; take one from GET /workspaces."));
        }

        if (folderId is not null && !CreateFields.IsId(folderId, "fld_"))
        {
            // FLORA answers an unreachable folder with 404 rather than disclosing whether it exists.
            return EmulatorResult.NotFound($"Project folder '{folderId}' was not found in workspace '{workspaceId}'.");
        }

        var name = RequestJson.OptionalString(body, "name", errors);
        if (string.IsNullOrWhiteSpace(name) && !errors.Any(e => e.Key == "name"))
        {
            errors.Add(new("name", "name is required and must not be blank."));
        }

        if (errors.Count > 0)
        {
            return EmulatorResult.Validation("The project could not be created: " + errors[0].Value, errors);
        }

        lock (state.Gate)
        {
            var project = state.Catalog.Create(name!, workspaceId, folderId);
            return EmulatorResult.Json(201, w => ProjectEndpoints.WriteProject(w, project));
        }
    });

    public EmulatorResult Graph(HttpContext context)
    {
        var (project, error) = WorkspaceCanvasEndpoints.Find(state, context);
        return error ?? EmulatorResult.Json(200, w => CanvasJson.WriteGraph(w, state, project!));
    }

    public Task<EmulatorResult> RunNodesAsync(HttpContext context) => RequestJson.WithObjectAsync(context, (body, errors) =>
    {
        var ids = new List<string>();
        if (!body.TryGetProperty("node_ids", out var list) || list.ValueKind != JsonValueKind.Array
            || list.GetArrayLength() is 0 or > MaxNodes || list.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.String || i.GetString()!.Length == 0))
        {
            errors.Add(new("node_ids", $"node_ids is required: between 1 and {MaxNodes} short ids or node UUIDs, as the project graph reports them."));
        }
        else
        {
            ids.AddRange(list.EnumerateArray().Select(i => i.GetString()!));
        }

        lock (state.Gate)
        {
            var (project, error) = WorkspaceCanvasEndpoints.Find(state, context);
            if (error is not null)
            {
                return error;
            }

            if (errors.Count > 0)
            {
                return EmulatorResult.Validation("The nodes were not run: " + errors[0].Value, errors);
            }

            var entries = ids.Select(id => (Id: id, Run: Start(context, project!, id))).ToList();
            return EmulatorResult.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteString("project_id", project!.ProjectId);
                w.WriteStartArray("runs");
                foreach (var (id, run) in entries)
                {
                    w.WriteStartObject();
                    w.WriteString("node_id", id);
                    run(w);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
    });

    /// <summary>Starts the node's generation, or says why it is skipped; answers the writer of the entry's other fields.</summary>
    private Action<Utf8JsonWriter> Start(HttpContext context, ProjectRecord project, string id)
    {
        var node = project.Canvas.Find(id);
        var (reason, message) = node switch
        {
            null => ("node_not_found", $"No node on this canvas answers to '{id}'."),
            { AgentType: "action" } => ("node_not_executable", "Action nodes run through POST /projects/{projectId}/actions/{nodeId}/run."),
            _ when !CanvasTypes.Generates(node) => ("node_not_executable", $"The {node.AgentType} node generates nothing."),
            _ when node.Text("model_id") is null => ("no_model_configured", "The node has no model set; set one with a canvas changeset update."),
            _ when CanvasRuns.IsRunning(state, node) => ("generation_already_running", "A generation for this node is already in flight."),
            _ => ((string?)null, (string?)null),
        };
        if (reason is not null)
        {
            return w =>
            {
                w.WriteString("status", "skipped");
                w.WriteString("message", message);
                w.WriteString("reason", reason);
            };
        }

        return CanvasRuns.StartNode(state, context, project, node!);
    }
}
