using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// <c>POST /projects</c>, <c>GET /projects/{id}</c> and <c>GET /projects/{id}/nodes</c> (the assets placed on the
/// project's canvas, as FLORA's sanitized media nodes, in cursor pages), in the shapes of FLORA's TypeScript SDK 0.11.0.
/// </summary>
internal sealed class ProjectEndpoints(EmulatorState state) : IEmulatorEndpoints
{
    public void Map(EmulatorRoutes routes)
    {
        routes.Post("/projects", EmulatorRoute.CreateProject, CreateAsync);
        routes.Get("/projects/{projectId}", EmulatorRoute.RetrieveProject, c => Retrieve(c.Arg("projectId")));
        routes.Get("/projects/{projectId}/nodes", EmulatorRoute.ListProjectNodes, c => Nodes(c.Arg("projectId"), c.Request.Query));
    }

    public Task<EmulatorResult> CreateAsync(HttpContext context) => RequestJson.WithObjectAsync(context, (body, errors) =>
    {
        var name = RequestJson.OptionalString(body, "name", errors);
        var workspaceId = RequestJson.OptionalString(body, "workspace_id", errors);
        if (string.IsNullOrWhiteSpace(name) && !errors.Any(e => e.Key == "name"))
        {
            errors.Add(new("name", "name is required and must not be blank."));
        }

        if ((workspaceId is null || !CreateFields.IsId(workspaceId, "ws_")) && !errors.Any(e => e.Key == "workspace_id"))
        {
            errors.Add(new("workspace_id", "workspace_id is required and must start with ws_; take it from GET /workspaces."));
        }

        if (errors.Count > 0)
        {
            return EmulatorResult.Validation("The project could not be created: " + errors[0].Value, errors);
        }

        lock (state.Gate)
        {
            var project = state.Catalog.Create(name!, workspaceId!);
            return EmulatorResult.Json(201, w => WriteProject(w, project));
        }
    });

    public EmulatorResult Retrieve(string projectId)
    {
        return state.Catalog.Find(projectId) is { } project
            ? EmulatorResult.Json(200, w => WriteProject(w, project))
            : EmulatorResult.NotFound($"Project '{projectId}' was not found.");
    }

    public EmulatorResult Nodes(string projectId, IQueryCollection query)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var paging = OffsetPaging.Read(query, state.Options.DefaultPageSize, errors);

        if (errors.Count > 0)
        {
            return EmulatorResult.Validation("The node list request is not valid: " + errors[0].Value, errors);
        }

        if (state.Catalog.Find(projectId) is null)
        {
            return EmulatorResult.NotFound($"Project '{projectId}' was not found.");
        }

        var placed = state.AllAssets.Where(a => a.NodeIds.ContainsKey(projectId)).OrderBy(a => a.Sequence).ToList();
        return paging.Page("nodes", placed, (w, asset) =>
        {
            w.WriteStartObject();
            w.WriteString("node_id", asset.NodeIds[projectId]);
            w.WriteString("type", NodeType(asset.UploadContentType ?? asset.ContentType));
            w.WriteString("asset_id", asset.AssetId);
            w.WriteString("url", asset.Status == AssetRecord.Ready ? asset.Url : null);
            w.WriteString("label", asset.FileName);
            WriteNumber(w, "width", asset.Width);
            WriteNumber(w, "height", asset.Height);
            w.WriteEndObject();
        });
    }

    /// <summary>FLORA's node media types are <c>image</c>, <c>video</c>, <c>audio</c> and <c>text</c>; a PDF shows as an image.</summary>
    internal static string NodeType(string? contentType) => contentType switch
    {
        not null when contentType.StartsWith("video/", StringComparison.OrdinalIgnoreCase) => "video",
        not null when contentType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) => "audio",
        not null when contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) => "text",
        _ => "image",
    };

    internal static void WriteProject(Utf8JsonWriter w, ProjectRecord project)
    {
        w.WriteStartObject();
        w.WriteString("project_id", project.ProjectId);
        w.WriteString("name", project.Name);
        w.WriteString("workspace_id", project.WorkspaceId);
        w.WriteString("origin", project.Origin);
        w.WriteNumber("created_at", project.CreatedAt.ToUnixTimeMilliseconds());
        if (project.LastModified is { } changed)
        {
            w.WriteNumber("last_modified", changed.ToUnixTimeMilliseconds());
        }
        else
        {
            w.WriteNull("last_modified");
        }

        w.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
