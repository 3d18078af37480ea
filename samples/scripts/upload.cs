#!/usr/bin/env -S dotnet run
// Upload one file to FLORA with a .NET 10 file-based app (no project file):
//   FLORA_API_KEY=... FLORA_WORKSPACE_ID=ws_... dotnet run samples/scripts/upload.cs -- photo.png
// Without FLORA_API_KEY it starts a local FLORA emulator and uploads there (what CI runs):
//   dotnet run samples/scripts/upload.cs -- samples/Flora.HostedService/sample-files/green.png
// Outside this repository, replace the #:project line with the package: #:package Flora.Sdk@0.1.0
// (and Flora.Sdk.Testing@0.1.0 for the emulator).
#:project ../../src/Flora.Sdk.Testing/Flora.Sdk.Testing.csproj
#:property NoWarn=$(NoWarn);CA2007
#:property PublishAot=false
using Flora.Sdk;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("Usage: dotnet run samples/scripts/upload.cs -- <file>");
    return 2;
}

FloraEmulator? emulator = null;
try
{
    FloraClient client;
    string workspaceId;
    if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(FloraClientOptions.ApiKeyEnvironmentVariable)))
    {
        emulator = await FloraEmulator.StartAsync();
        Console.WriteLine($"No FLORA_API_KEY: uploading to a local FLORA emulator at {emulator.BaseUrl}");
        client = emulator.Client;
        workspaceId = emulator.WorkspaceId;
    }
    else
    {
        client = new FloraClient(); // FLORA_API_KEY, FLORA_BASE_URL
        workspaceId = Environment.GetEnvironmentVariable("FLORA_WORKSPACE_ID")
            ?? throw new InvalidOperationException("Set FLORA_WORKSPACE_ID to the ws_ id to upload into.");
    }

    var size = new FileInfo(args[0]).Length;
    var progress = new Progress<long>(sent => Console.Write($"\r{sent * 100 / Math.Max(1, size),3}% of {size} bytes"));
    var asset = await client.Assets.UploadFileAsync(args[0], new AssetFileUploadParams { WorkspaceId = workspaceId, Progress = progress });
    Console.WriteLine();
    Console.WriteLine($"{asset.AssetId}: {asset.Status} {asset.Url}");
    return asset.Status == AssetStatus.Ready || asset.Status == AssetStatus.PendingUpload ? 0 : 1;
}
catch (FloraException ex)
{
    Console.Error.WriteLine($"Upload failed: {ex.Message}");
    return 1;
}
finally
{
    if (emulator is not null)
    {
        await emulator.DisposeAsync();
    }
}
