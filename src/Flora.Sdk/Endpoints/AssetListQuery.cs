using System.Globalization;
using System.Text;
using Flora.Sdk.Models;

namespace Flora.Sdk.Endpoints;

/// <summary>The relative URI of one page of <c>GET /assets</c>: the filters and the cursor, each escaped.</summary>
internal static class AssetListQuery
{
    public static string Uri(AssetListParams? parameters, string? cursor)
    {
        if (parameters is null && cursor is null)
        {
            return "assets";
        }

        var query = new StringBuilder("assets");
        var separator = '?';
        void Add(string name, string? value)
        {
            if (value is null)
            {
                return;
            }

            query.Append(separator).Append(name).Append('=').Append(System.Uri.EscapeDataString(value));
            separator = '&';
        }

        Add("workspace_id", parameters?.WorkspaceId);
        Add("project_id", parameters?.ProjectId);
        Add("query", parameters?.Query);
        Add("limit", parameters?.Limit?.ToString(CultureInfo.InvariantCulture));
        Add("cursor", cursor);
        return query.ToString();
    }
}
