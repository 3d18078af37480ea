using System.Diagnostics;

namespace Flora.Sdk.Benchmarks.Infrastructure;

/// <summary>
/// The FLORA emulator in a child process (<c>dotnet &lt;this dll&gt; emulator --seed N</c>), so that the memory and
/// allocations measured in this process are the client's alone. Stopped by closing its input, or killed by id.
/// </summary>
internal sealed class EmulatorProcess : IAsyncDisposable
{
    private readonly Process _process;

    private EmulatorProcess(Process process, Uri baseUrl, string apiKey, string workspaceId)
    {
        _process = process;
        BaseUrl = baseUrl;
        ApiKey = apiKey;
        WorkspaceId = workspaceId;
    }

    public Uri BaseUrl { get; }

    public string ApiKey { get; }

    public string WorkspaceId { get; }

    public static async Task<EmulatorProcess> StartAsync(int seedAssets, bool storeUploads = false)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(EmulatorProcess).Assembly.Location);
        start.ArgumentList.Add("emulator");
        start.ArgumentList.Add("--seed");
        start.ArgumentList.Add(seedAssets.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (storeUploads)
        {
            start.ArgumentList.Add("--store-uploads");
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the emulator process.");
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("ready ", StringComparison.Ordinal))
        {
            Console.WriteLine("  [emulator] " + line);
        }

        var parts = line?.Split(' ');
        if (parts is not { Length: 4 })
        {
            process.Kill();
            throw new InvalidOperationException("The emulator process did not report ready.");
        }

        return new EmulatorProcess(process, new Uri(parts[1]), parts[2], parts[3]);
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
