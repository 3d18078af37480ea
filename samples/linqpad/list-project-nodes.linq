<Query Kind="Statements">
  <NuGetReference Version="0.1.0">Flora.Sdk</NuGetReference>
  <Namespace>Flora.Sdk</Namespace>
  <Namespace>Flora.Sdk.Models</Namespace>
</Query>

// Upload a file onto a new project's canvas, then list the media nodes on that canvas.
var apiKey = Environment.GetEnvironmentVariable("FLORA_API_KEY") ?? Util.GetPassword("FLORA_API_KEY");
var workspaceId = "ws_replace_me";
var path = @"C:\photos\product.png";

using var client = new FloraClient(new FloraClientOptions { ApiKey = apiKey });
var project = await client.Projects.CreateAsync(new ProjectCreateParams { Name = "LINQPad canvas", WorkspaceId = workspaceId }, cancellationToken: QueryCancelToken);
var asset = await client.Assets.UploadFileAsync(path, new AssetFileUploadParams
{
    WorkspaceId = workspaceId,
    ProjectId = project.ProjectId,   // places the asset on the project's canvas
    WaitForReady = true,
}, cancellationToken: QueryCancelToken);
asset.Dump("uploaded");

var nodes = new List<ProjectListNodesResponse>();
await foreach (var node in client.Projects.ListNodesAsync(project.ProjectId, new ProjectListNodesParams { Limit = 50 }, cancellationToken: QueryCancelToken))
{
    nodes.Add(node);
}
nodes.Select(n => new { n.NodeId, n.Type, n.AssetId, n.Label, n.Width, n.Height, n.Url }).Dump($"nodes on {project.Name}");
