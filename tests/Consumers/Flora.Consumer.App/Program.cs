// A user's net10.0 app built against the Flora.Sdk and Flora.Sdk.Testing packages: DI registration, upload, list,
// typed errors, all against the in-process emulator. Prints the package version it loaded.
using System.Reflection;
using Flora.Sdk;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

await using var emulator = await FloraEmulator.StartAsync();
var builder = Host.CreateApplicationBuilder();
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Flora:ApiKey"] = emulator.ApiKey,
    ["Flora:BaseUrl"] = emulator.BaseUrl.ToString(),
});
builder.Services.AddFloraClient(builder.Configuration);
using var host = builder.Build();
await host.StartAsync();

var version = typeof(FloraClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
Console.WriteLine($"net10.0 consumer: Flora.Sdk {version} from {Path.GetFileName(Path.GetDirectoryName(typeof(FloraClient).Assembly.Location))}");
var client = host.Services.GetRequiredService<IFloraClient>();
using var content = new MemoryStream(new byte[100_000]);
var asset = await client.Assets.UploadAsync(content, new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "consumer.png" });
Console.WriteLine($"uploaded {asset.AssetId}: {asset.Status}");
var count = 0;
await foreach (var item in client.Assets.ListAsync(new AssetListParams { WorkspaceId = emulator.WorkspaceId }))
{
    count++;
}

Console.WriteLine($"listed {count}");
try
{
    await client.Assets.RetrieveAsync("asset_missing");
    return 1;
}
catch (FloraNotFoundException ex)
{
    Console.WriteLine($"typed error: {ex.ErrorCode}");
}

await host.StopAsync();
return asset.Status == AssetStatus.Ready && count == 1 ? 0 : 1;
