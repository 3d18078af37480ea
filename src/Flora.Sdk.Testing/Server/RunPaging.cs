using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>Cursor pages over runs (newest first) and the catalog: the same opaque cursors as the asset list (<see cref="ListCursor"/>).</summary>
internal static class RunPaging
{
    /// <summary>The position after which the page starts, from <c>cursor</c>; null for the first page.</summary>
    public static long? ReadCursor(IQueryCollection query, List<KeyValuePair<string, string>> errors)
    {
        if (QueryEndpoints.Single(query, "cursor") is not { } cursor)
        {
            return null;
        }

        if (ListCursor.TryDecode(cursor, out var after))
        {
            return after;
        }

        errors.Add(new("cursor", ListCursor.NotACursor));
        return null;
    }

    /// <summary>
    /// A page of <paramref name="runs"/> (newest first) filtered by the common <c>workspace_id</c>, <c>project_id</c> and
    /// <c>status</c> query parameters, plus <paramref name="filter"/>.
    /// </summary>
    public static EmulatorResult Page(
        EmulatorState state, IQueryCollection query, string arrayName, List<RunRecord> runs, Func<RunRecord, bool> filter, Action<System.Text.Json.Utf8JsonWriter, RunRecord> write)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var limit = QueryEndpoints.ReadLimit(query, state.Options.DefaultPageSize, errors);
        var before = ReadCursor(query, errors);
        var workspaceId = QueryEndpoints.Single(query, "workspace_id");
        var projectId = QueryEndpoints.Single(query, "project_id");
        var status = QueryEndpoints.Single(query, "status");
        if (workspaceId is not null && !CreateFields.IsId(workspaceId, "ws_"))
        {
            errors.Add(new("workspace_id", "workspace_id must start with ws_."));
        }

        if (projectId is not null && !CreateFields.IsId(projectId, "prj_"))
        {
            errors.Add(new("project_id", "project_id must start with prj_."));
        }

        if (status is not null and not ("pending" or "running" or "completed" or "failed"))
        {
            errors.Add(new("status", "status must be pending, running, completed or failed."));
        }

        if (errors.Count > 0)
        {
            return EmulatorResult.Validation($"The {arrayName} list request is not valid: " + errors[0].Value, errors);
        }

        var now = state.Now;
        var page = runs
            .Where(r => before is null || r.Sequence < before)
            .Where(r => workspaceId is null || r.WorkspaceId == workspaceId)
            .Where(r => projectId is null || r.ProjectId == projectId)
            .Where(r => status is null || r.Status(now) == status)
            .Where(filter)
            .Take(limit + 1)
            .ToList();
        var next = page.Count > limit ? ListCursor.Encode(page[limit - 1].Sequence) : null;
        return PageJson.Ok(arrayName, page.Take(limit), write, next);
    }
}
