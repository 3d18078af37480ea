using System.Diagnostics;

namespace Flora.Sdk.IntegrationTests;

/// <summary>samples/Flora.Emulator as a child process (built next to the tests), for measurements of the client alone.</summary>
internal sealed class StandaloneEmulator : IAsyncDisposable
{
    private readonly Process _process;

    private StandaloneEmulator(Process process, Uri baseUrl, string apiKey, string workspaceId)
    {
        _process = process;
        BaseUrl = baseUrl;
        ApiKey = apiKey;
        WorkspaceId = workspaceId;
    }

    public Uri BaseUrl { get; }

    public string ApiKey { get; }

    public string WorkspaceId { get; }

    public static async Task<StandaloneEmulator> StartAsync()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "flora-emulator.dll");
        Assert.True(File.Exists(dll), $"The emulator sample was not built next to the tests ({dll}).");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        var process = Process.Start(start)!;
        string? baseUrl = null, apiKey = null, workspaceId = null;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (workspaceId is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            line = line.Trim();
            baseUrl ??= line.StartsWith("FLORA_BASE_URL=", StringComparison.Ordinal) ? line["FLORA_BASE_URL=".Length..] : null;
            apiKey ??= line.StartsWith("FLORA_API_KEY=", StringComparison.Ordinal) ? line["FLORA_API_KEY=".Length..] : null;
            workspaceId ??= line.StartsWith("workspace id: ", StringComparison.Ordinal) ? line["workspace id: ".Length..].Split(' ')[0] : null;
        }

        Assert.True(baseUrl is not null && apiKey is not null && workspaceId is not null, "The standalone emulator did not print its address.");
        return new StandaloneEmulator(process, new Uri(baseUrl), apiKey, workspaceId);
    }

    public FloraClient CreateClient() => new(new FloraClientOptions { ApiKey = ApiKey, BaseUrl = BaseUrl });

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
