<Query Kind="Statements">
  <NuGetReference Version="0.1.0">Flora.Sdk</NuGetReference>
  <Namespace>Flora.Sdk</Namespace>
  <Namespace>Flora.Sdk.Models</Namespace>
</Query>

// Upload an image, run a technique on it, wait for the run and save its outputs. Set FLORA_API_KEY in the environment
// (or Util.GetPassword below), your workspace id, and a technique that takes an image (client.Techniques.ListAsync()).
var apiKey = Environment.GetEnvironmentVariable("FLORA_API_KEY") ?? Util.GetPassword("FLORA_API_KEY");
var workspaceId = "ws_replace_me";
var techniqueId = "tech_replace_me";
var path = @"C:\photos\product.png";

using var client = new FloraClient(new FloraClientOptions { ApiKey = apiKey });
var technique = await client.Techniques.RetrieveAsync(techniqueId, cancellationToken: QueryCancelToken);
technique.Inputs.Dump("inputs");
var imageInput = technique.Inputs.First(input => input.Type == "imageUrl");

var asset = await client.Assets.UploadFileAsync(path, new AssetFileUploadParams { WorkspaceId = workspaceId, WaitForReady = true }, cancellationToken: QueryCancelToken);
var run = await client.Techniques.Runs.CreateAsync(
    techniqueId,
    new TechniqueRunCreateParams { Inputs = [TechniqueRunInput.FromAsset(imageInput.Id, asset)] },
    cancellationToken: QueryCancelToken);
$"run {run.RunId} is {run.Status}".Dump();

// Stopping the query stops the wait only: the run goes on at FLORA, and client.Runs.WaitForCompletionAsync(run.RunId) picks it up again.
var done = await client.Runs.WaitForCompletionAsync(run.RunId, new RunWaitOptions { Timeout = TimeSpan.FromMinutes(15) }, cancellationToken: QueryCancelToken);
var files = await client.Runs.DownloadOutputsAsync(done, Path.Combine(Path.GetTempPath(), "flora-" + done.RunId), cancellationToken: QueryCancelToken);
files.Dump("outputs");
