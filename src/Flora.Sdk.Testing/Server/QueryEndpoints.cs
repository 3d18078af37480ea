using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>The read endpoints: list (newest first, opaque cursors), retrieve, and an asset's bytes at its URL.</summary>
internal sealed class QueryEndpoints(EmulatorState state) : IEmulatorEndpoints
{
    public void Map(EmulatorRoutes routes)
    {
        routes.Get("/assets", EmulatorRoute.List, c => List(c.Request.Query));
        routes.Get("/assets/{assetId}", EmulatorRoute.Retrieve, c => Retrieve(c.Arg("assetId")));

        // Asset URLs are public CDN-style links: no API key.
        routes.Outside("/files/{assetId}/{**name}", [HttpMethods.Get], EmulatorRoute.Content,
            c => ContentRanges.Apply(c.Request, Content(c.Arg("assetId"))));
    }

    public EmulatorResult List(IQueryCollection query)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var limit = ReadLimit(query, state.Options.DefaultPageSize, errors);

        var workspaceId = Single(query, "workspace_id");
        if (workspaceId is not null && !workspaceId.StartsWith("ws_", StringComparison.Ordinal))
        {
            errors.Add(new("workspace_id", "workspace_id must start with ws_."));
        }

        var projectId = Single(query, "project_id");
        if (projectId is not null && !CreateFields.IsId(projectId, "prj_"))
        {
            errors.Add(new("project_id", "project_id must start with prj_."));
        }

        long? after = null;
        if (Single(query, "cursor") is { } cursor)
        {
            if (ListCursor.TryDecode(cursor, out var sequence))
            {
                after = sequence;
            }
            else
            {
                errors.Add(new("cursor", ListCursor.NotACursor));
            }
        }

        if (errors.Count > 0)
        {
            return EmulatorResult.Validation("The list request is not valid: " + errors[0].Value, errors);
        }

        var search = Single(query, "query");
        var now = state.Now;
        var matching = state.AllAssets
            .Where(a => workspaceId is null || a.WorkspaceId == workspaceId)
            .Where(a => projectId is null || a.ProjectIds.Contains(projectId))
            .Where(a => string.IsNullOrEmpty(search) || Matches(a, search))
            .OrderByDescending(a => a.Sequence)
            .ToList();
        var page = matching.Where(a => after is null || a.Sequence < after).Take(limit + 1).ToList();
        var hasMore = page.Count > limit;
        if (hasMore)
        {
            page.RemoveAt(limit);
        }

        foreach (var asset in page)
        {
            asset.Refresh(now);
        }

        var nextCursor = hasMore ? ListCursor.Encode(page[^1].Sequence) : null;
        return PageJson.Ok("assets", page, (w, asset) => AssetJson.WriteListItem(w, asset, projectId), nextCursor, matching.Count);
    }

    public EmulatorResult Retrieve(string assetId)
    {
        var asset = state.Find(assetId);
        return asset is null
            ? EmulatorResult.NotFound($"Asset '{assetId}' was not found, or is not accessible with this API key.")
            : EmulatorResult.Json(200, w => AssetJson.WriteRetrieve(w, asset));
    }

    public EmulatorResult Content(string assetId)
    {
        var asset = state.Find(assetId);
        if (asset?.ContentPath is not { } path)
        {
            return EmulatorResult.NotFound(state.Options.StoreUploads
                ? $"Asset '{assetId}' has no uploaded content."
                : "The emulator keeps uploaded bytes only when FloraEmulatorOptions.StoreUploads is on.");
        }

        return EmulatorResult.File(path, asset.UploadContentType ?? asset.ContentType ?? "application/octet-stream");
    }

    /// <summary>The last value of a query parameter, or null when absent.</summary>
    internal static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;

    /// <summary>The page size: <c>limit</c> from 1 to 100, else <paramref name="defaultLimit"/>; adds a field error when it is malformed.</summary>
    internal static int ReadLimit(IQueryCollection query, int defaultLimit, List<KeyValuePair<string, string>> errors)
    {
        if (Single(query, "limit") is not { } text)
        {
            return defaultLimit;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit is < 1 or > 100)
        {
            errors.Add(new("limit", "limit must be an integer from 1 to 100."));
            return defaultLimit;
        }

        return limit;
    }

    private static bool Matches(AssetRecord asset, string search) =>
        asset.AssetId.Contains(search, StringComparison.OrdinalIgnoreCase)
        || (asset.FileName?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false)
        || (asset.Folder?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false);
}
