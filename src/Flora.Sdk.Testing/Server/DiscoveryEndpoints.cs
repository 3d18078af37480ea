using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// Where users find their ids: <c>GET /workspaces</c> (every workspace, not paged) and <c>GET /projects</c> (a
/// workspace's projects by recent activity, in cursor pages like the asset list).
/// </summary>
internal sealed class DiscoveryEndpoints(EmulatorState state) : IEmulatorEndpoints
{
    public void Map(EmulatorRoutes routes)
    {
        routes.Get("/workspaces", EmulatorRoute.ListWorkspaces, _ => Workspaces());
        routes.Get("/projects", EmulatorRoute.ListProjects, c => Projects(c.Request.Query));
    }

    public EmulatorResult Workspaces()
    {
        var workspaces = state.Catalog.Workspaces;
        return EmulatorResult.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("workspaces");
            foreach (var workspace in workspaces)
            {
                w.WriteStartObject();
                w.WriteString("workspace_id", workspace.WorkspaceId);
                w.WriteString("name", workspace.Name);
                w.WriteString("role", workspace.Role);
                WriteMilliseconds(w, "created_at", workspace.CreatedAt);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    public EmulatorResult Projects(IQueryCollection query)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var workspaceId = QueryEndpoints.Single(query, "workspace_id");
        if (workspaceId is null || !CreateFields.IsId(workspaceId, "ws_"))
        {
            errors.Add(new("workspace_id", "workspace_id is required and must start with ws_; take it from GET /workspaces."));
        }

        var paging = OffsetPaging.Read(query, state.Options.DefaultPageSize, errors);

        if (errors.Count > 0)
        {
            return EmulatorResult.Validation("The project list request is not valid: " + errors[0].Value, errors);
        }

        var search = QueryEndpoints.Single(query, "query");
        var matching = state.Catalog.ProjectsIn(workspaceId!)
            .Where(p => string.IsNullOrEmpty(search) || p.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
                        || p.ProjectId.Contains(search, StringComparison.OrdinalIgnoreCase))
            .ToList();
        // Ordered by recent activity.
        return paging.Page("projects", matching, (w, project) =>
        {
            w.WriteStartObject();
            w.WriteString("project_id", project.ProjectId);
            w.WriteString("name", project.Name);
            w.WriteString("workspace_id", project.WorkspaceId);
            w.WriteString("origin", project.Origin);
            WriteMilliseconds(w, "created_at", project.CreatedAt);
            WriteMilliseconds(w, "last_modified", project.LastModified);
            w.WriteEndObject();
        });
    }

    private static void WriteMilliseconds(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            w.WriteNumber(name, time.ToUnixTimeMilliseconds());
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
