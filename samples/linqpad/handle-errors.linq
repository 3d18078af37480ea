<Query Kind="Statements">
  <NuGetReference Version="0.1.0">Flora.Sdk</NuGetReference>
  <Namespace>Flora.Sdk</Namespace>
  <Namespace>Flora.Sdk.Models</Namespace>
</Query>

// What failures look like: typed exceptions with the status, FLORA's error code, field errors and the request id.
var apiKey = Environment.GetEnvironmentVariable("FLORA_API_KEY") ?? Util.GetPassword("FLORA_API_KEY");
using var client = new FloraClient(new FloraClientOptions { ApiKey = apiKey, MaxRetries = 1 });

try
{
    await client.Assets.RetrieveAsync("asset_that_does_not_exist");
}
catch (FloraNotFoundException ex)
{
    new { ex.StatusCode, ex.ErrorCode, ex.RequestId, ex.Message }.Dump("404");
}

try
{
    // Refused before any request: FLORA cannot read local paths.
    await client.Assets.CreateAsync(new AssetCreateParams { Source = @"C:\photos\a.png", WorkspaceId = "ws_replace_me" });
}
catch (ArgumentException ex)
{
    ex.Message.Dump("validation");
}

try
{
    using var wrongKey = new FloraClient(new FloraClientOptions { ApiKey = "sk_not_a_real_key" });
    await wrongKey.Assets.ListAsync().AsPages().FirstAsync();
}
catch (FloraAuthenticationException ex)
{
    new { ex.StatusCode, ex.ErrorCode, ex.Message }.Dump("401 (the key never appears in messages)");
}
catch (FloraApiException ex)
{
    // Every other status: 402 insufficient_credits, 409 conflict, 422 field errors, 429 after retries, 5xx after retries.
    new { ex.StatusCode, ex.ErrorCode, ex.Fields, ex.ResponseBody }.Dump();
}
catch (FloraConnectionException ex)
{
    ex.Message.Dump("no response (network, DNS, TLS) or FloraTimeoutException");
}
