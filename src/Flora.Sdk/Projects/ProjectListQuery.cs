using System.Globalization;
using Flora.Sdk.Models;

namespace Flora.Sdk.Projects;

/// <summary>The relative URI of one page of <c>GET /projects</c>: the workspace, the filters and the cursor, each escaped.</summary>
internal static class ProjectListQuery
{
    public static string Uri(ProjectListParams parameters, string? cursor)
    {
        var query = "projects?workspace_id=" + System.Uri.EscapeDataString(parameters.WorkspaceId);
        if (parameters.Query is { } search)
        {
            query += "&query=" + System.Uri.EscapeDataString(search);
        }

        if (parameters.Limit is { } limit)
        {
            query += "&limit=" + limit.ToString(CultureInfo.InvariantCulture);
        }

        return cursor is null ? query : query + "&cursor=" + System.Uri.EscapeDataString(cursor);
    }
}
