<Query Kind="Statements">
  <NuGetReference Version="0.1.0">Flora.Sdk</NuGetReference>
  <Namespace>Flora.Sdk</Namespace>
  <Namespace>Flora.Sdk.Models</Namespace>
</Query>

// List a workspace's assets: every item (pages fetched as you go), or page by page with the cursor.
var apiKey = Environment.GetEnvironmentVariable("FLORA_API_KEY") ?? Util.GetPassword("FLORA_API_KEY");
var workspaceId = "ws_replace_me";

using var client = new FloraClient(new FloraClientOptions { ApiKey = apiKey });

var items = new List<AssetListResponse>();
await foreach (var asset in client.Assets.ListAsync(new AssetListParams { WorkspaceId = workspaceId, Limit = 50 }, cancellationToken: QueryCancelToken))
{
    items.Add(asset);
    if (items.Count == 200) break; // stop whenever you like: no further page is fetched
}
items.Select(a => new { a.AssetId, a.Name, a.Status, a.ContentType, a.Width, a.Height, a.Url }).Dump("assets");

await foreach (var page in client.Assets.ListAsync(new AssetListParams { WorkspaceId = workspaceId, Limit = 10 }).AsPages())
{
    new { page.Items.Count, page.NextCursor, page.TotalEstimate }.Dump("first page");
    break;
}
