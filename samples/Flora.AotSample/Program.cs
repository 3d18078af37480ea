// Flora.Sdk in a Native AOT app: upload, retrieve and list, then print what came back.
//   FLORA_API_KEY=... FLORA_BASE_URL=... FLORA_WORKSPACE_ID=ws_... ./flora-aot-sample
// .ci/aot-check.sh publishes it with PublishAot=true and runs the native binary against the emulator.
using System.Diagnostics;
using Flora.Sdk;
using Flora.Sdk.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var workspaceId = Environment.GetEnvironmentVariable("FLORA_WORKSPACE_ID");
if (string.IsNullOrWhiteSpace(workspaceId))
{
    Console.Error.WriteLine("Set FLORA_WORKSPACE_ID (and FLORA_API_KEY, optionally FLORA_BASE_URL).");
    return 2;
}

using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new ConsoleLineLoggerProvider()));
try
{
    using var client = new FloraClient(new FloraClientOptions { LoggerFactory = loggerFactory });
    Console.WriteLine($"AOT sample: {client} (native: {!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported})");

    var started = Stopwatch.GetTimestamp();
    var bytes = new byte[256 * 1024];
    new Random(42).NextBytes(bytes);
    using var content = new MemoryStream(bytes);
    var uploaded = await client.Assets.UploadAsync(content, new AssetUploadParams { WorkspaceId = workspaceId, FileName = "aot-sample.png" });
    Console.WriteLine($"uploaded {uploaded.AssetId}: {uploaded.Status} ({bytes.Length} bytes in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms)");

    var retrieved = await client.Assets.RetrieveAsync(uploaded.AssetId);
    Console.WriteLine($"retrieved {retrieved.AssetId}: {retrieved.Status}, {retrieved.ContentType}, {retrieved.Url}");

    var count = 0;
    await foreach (var asset in client.Assets.ListAsync(new AssetListParams { WorkspaceId = workspaceId, Limit = 10 }))
    {
        count++;
    }

    Console.WriteLine($"listed {count} asset(s)");

    try
    {
        await client.Assets.RetrieveAsync("asset_does_not_exist");
        Console.Error.WriteLine("expected a 404");
        return 1;
    }
    catch (FloraNotFoundException ex)
    {
        Console.WriteLine($"typed error: {ex.GetType().Name} {(int)ex.StatusCode} {ex.ErrorCode}");
    }

    // The same through dependency injection: AddFloraClient binds its four keys by hand (no reflection), so it is AOT-safe.
    var services = new ServiceCollection();
    services.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new ConsoleLineLoggerProvider()));
    services.AddFloraClient(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Flora:ApiKey"] = Environment.GetEnvironmentVariable(FloraClientOptions.ApiKeyEnvironmentVariable),
        ["Flora:BaseUrl"] = Environment.GetEnvironmentVariable(FloraClientOptions.BaseUrlEnvironmentVariable),
        ["Flora:MaxRetries"] = "1",
        ["Flora:Timeout"] = "00:00:30",
    }).Build());
    await using (var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }))
    {
        var viaDi = await provider.GetRequiredService<IFloraClient>().Assets.RetrieveAsync(uploaded.AssetId);
        Console.WriteLine($"via AddFloraClient: {viaDi.AssetId}: {viaDi.Status}");
    }

    return count > 0 ? 0 : 1;
}
catch (FloraException ex)
{
    Console.Error.WriteLine($"FLORA call failed: {ex.Message}");
    return 1;
}

/// <summary>A tiny console logger (Microsoft.Extensions.Logging.Console is not needed for one line per attempt).</summary>
internal sealed class ConsoleLineLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Console.WriteLine($"  [{logLevel}] {category}: {formatter(state, exception)}");
    }
}
