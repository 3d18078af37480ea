<Query Kind="Statements">
  <NuGetReference Version="0.1.0">Flora.Sdk</NuGetReference>
  <Namespace>Flora.Sdk</Namespace>
  <Namespace>Flora.Sdk.Models</Namespace>
</Query>

// Retrieve one asset, and wait for it to become ready if it is still processing.
var apiKey = Environment.GetEnvironmentVariable("FLORA_API_KEY") ?? Util.GetPassword("FLORA_API_KEY");
var assetId = "asset_replace_me";

using var client = new FloraClient(new FloraClientOptions { ApiKey = apiKey });
var asset = await client.Assets.RetrieveAsync(assetId, cancellationToken: QueryCancelToken);
asset.Dump("retrieved");
if (asset.Status == AssetStatus.PendingUpload)
{
    "The upload was never completed: call CompleteAsync after uploading, or RetryAsync for a fresh reservation.".Dump();
}
