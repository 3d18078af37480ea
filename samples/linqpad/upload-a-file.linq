<Query Kind="Statements">
  <NuGetReference Version="0.1.0">Flora.Sdk</NuGetReference>
  <Namespace>Flora.Sdk</Namespace>
  <Namespace>Flora.Sdk.Models</Namespace>
</Query>

// Upload one file. Set FLORA_API_KEY in the environment (or Util.GetPassword below), and your workspace id.
var apiKey = Environment.GetEnvironmentVariable("FLORA_API_KEY") ?? Util.GetPassword("FLORA_API_KEY");
var workspaceId = "ws_replace_me";
var path = @"C:\photos\product.png";

using var client = new FloraClient(new FloraClientOptions { ApiKey = apiKey });
var progress = new Progress<long>(sent => $"{sent:N0} bytes sent".Dump("progress"));
var asset = await client.Assets.UploadFileAsync(path, new AssetFileUploadParams { WorkspaceId = workspaceId, Progress = progress }, cancellationToken: QueryCancelToken);
asset.Dump("uploaded");
