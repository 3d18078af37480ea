// A user's net8.0 app on the Flora.Sdk package (net8.0 assets), calling the netstandard2.0 consumer library.
using System.Reflection;
using Flora.Consumer.NetStandard;
using Flora.Sdk;
using Flora.Sdk.Testing;

await using var emulator = await FloraEmulator.StartAsync();
var sdk = typeof(FloraClient).Assembly;
Console.WriteLine($"net8.0 consumer on {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}: Flora.Sdk {sdk.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion} ({sdk.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()?.FrameworkName})");
var report = await AssetReport.UploadAndListAsync(emulator.Client, emulator.WorkspaceId);
Console.Write(report);
return report.Contains("ready") ? 0 : 1;
