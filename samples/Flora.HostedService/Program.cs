// A Generic Host worker that uploads every file of a folder to FLORA, then exits (exit code 0 when all uploaded).
//   FLORA_API_KEY=... dotnet run --project samples/Flora.HostedService -- --Upload:WorkspaceId=ws_... --Upload:Folder=./photos
// Without FLORA_API_KEY (and no Flora:ApiKey in configuration) it starts a local FLORA emulator and uploads there.
using Flora.Sdk.Samples.HostedService;
using Flora.Sdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });

// The key comes from FLORA_API_KEY (read by FloraClientOptions) or Flora:ApiKey (user secrets, environment, ...).
FloraEmulator? emulator = null;
if (string.IsNullOrWhiteSpace(builder.Configuration["Flora:ApiKey"])
    && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("FLORA_API_KEY")))
{
    emulator = await FloraEmulator.StartAsync();
    Console.WriteLine($"No FLORA_API_KEY: using a local FLORA emulator at {emulator.BaseUrl}");
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Flora:ApiKey"] = emulator.ApiKey,
        ["Flora:BaseUrl"] = emulator.BaseUrl.ToString(),
        ["Upload:WorkspaceId"] = emulator.WorkspaceId,
    });
}

builder.Services.AddFloraClient(builder.Configuration); // binds the "Flora" section; validated when the host starts
builder.Services.AddSingleton(UploadFolderSettings.From(builder.Configuration.GetSection("Upload"), builder.Environment.ContentRootPath));
builder.Services.AddHostedService<FolderUploader>();

try
{
    using var host = builder.Build();
    await host.RunAsync();
}
finally
{
    if (emulator is not null)
    {
        await emulator.DisposeAsync();
    }
}

return Environment.ExitCode;
