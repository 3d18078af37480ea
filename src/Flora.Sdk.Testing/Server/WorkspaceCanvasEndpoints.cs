using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// A workspace project's canvas definition (<c>GET</c>/<c>PUT …/canvas/definition</c>) and changesets
/// (<c>POST …/canvas/changeset</c>, all or nothing), in FLORA's TypeScript SDK 0.11.0 shapes.
/// </summary>
internal sealed class WorkspaceCanvasEndpoints(EmulatorState state) : IEmulatorEndpoints
{
    private const string Base = "/workspaces/{workspaceId}/projects/{projectId}/canvas";

    public void Map(EmulatorRoutes routes)
    {
        routes.Get(Base + "/definition", EmulatorRoute.RetrieveCanvasDefinition, Retrieve);
        routes.Put(Base + "/definition", EmulatorRoute.ReplaceCanvasDefinition, ReplaceAsync);
        routes.Post(Base + "/changeset", EmulatorRoute.ApplyCanvasChangeset, ApplyAsync);
    }

    /// <summary>The workspace project the path names, or the answer FLORA gives when there is none (400 for a malformed workspace id, else 404).</summary>
    internal static (ProjectRecord? Project, EmulatorResult? Error) Find(EmulatorState state, HttpContext context)
    {
        var workspaceId = context.Arg("workspaceId");
        var projectId = context.Arg("projectId");
        if (!CreateFields.IsId(workspaceId, "ws_"))
        {
            return (null, EmulatorResult.Validation($"'{workspaceId}' is not a workspace id; take one from GET /workspaces.", [new("workspace_id", "workspace_id must start with ws_.")]));
        }

        return state.Catalog.FindIn(workspaceId, projectId) is { } project
            ? (project, null)
            : (null, EmulatorResult.NotFound($"Project '{projectId}' was not found in workspace '{workspaceId}'."));
    }

    public EmulatorResult Retrieve(HttpContext context)
    {
        var (project, error) = Find(state, context);
        return error ?? EmulatorResult.Json(200, w => CanvasJson.WriteDefinitionResponse(w, state, project!));
    }

    public Task<EmulatorResult> ReplaceAsync(HttpContext context) => RequestJson.WithObjectAsync(context, (body, errors) =>
    {
        lock (state.Gate)
        {
            var (project, error) = Find(state, context);
            if (error is not null)
            {
                return error;
            }

            var (nodes, edges) = CanvasDefinitionReader.Read(body, project!.Canvas, errors);
            if (errors.Count > 0)
            {
                return EmulatorResult.Validation("The canvas definition was not replaced: " + errors[0].Value, errors);
            }

            project.Canvas.Replace(nodes, edges);
            state.Catalog.Touch(project);
            return EmulatorResult.Json(200, w => CanvasJson.WriteDefinitionResponse(w, state, project));
        }
    });

    public Task<EmulatorResult> ApplyAsync(HttpContext context) => RequestJson.WithObjectAsync(context, (body, _) =>
    {
        lock (state.Gate)
        {
            var (project, error) = Find(state, context);
            if (error is not null)
            {
                return error;
            }

            var changeset = CanvasChangeset.Read(body, project!.Canvas);
            if (changeset.Errors.Count > 0)
            {
                return EmulatorResult.Rejected(
                    $"The changeset was not applied ({changeset.Errors.Count} invalid operation(s); nothing changed): {changeset.Errors[0].Message}", changeset.Errors);
            }

            var outcome = CanvasChangesetApply.Apply(changeset);
            state.Catalog.Touch(project);
            return EmulatorResult.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("applied");
                w.WriteNumber("added", outcome.Added);
                w.WriteNumber("connected", outcome.Connected);
                w.WriteNumber("disconnected", outcome.Disconnected);
                w.WriteNumber("removed", outcome.Removed);
                w.WriteNumber("updated", outcome.Updated);
                w.WriteEndObject();
                w.WriteString("canvas_url", state.Catalog.CanvasUrl(project.ProjectId));
                w.WriteStartObject("created");
                foreach (var (reference, node) in outcome.Created)
                {
                    w.WriteStartObject(reference);
                    w.WriteString("id", node.ShortId);
                    w.WriteString("node_id", node.NodeId);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteString("project_id", project.ProjectId);
                w.WriteString("revision", CanvasJson.Revision(state, project.Canvas));
                w.WriteStartArray("warnings");
                outcome.Warnings.ForEach(w.WriteStringValue);
                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
    });
}
