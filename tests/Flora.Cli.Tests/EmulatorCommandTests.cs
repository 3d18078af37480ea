using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Flora.Sdk;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Cli.Tests;

/// <summary>
/// Issue 26, attack 11: <c>flora emulator</c> as a server other local processes can reach. Without <c>--api-key</c> it
/// makes a random key per start (the documented test key is public), and <c>--max-upload-bytes</c> caps an upload.
/// </summary>
public sealed class EmulatorCommandTests
{
    [Fact]
    public async Task Attack11_Emulator_WithoutApiKey_MakesAFreshKeyEachStartAndRefusesTheDocumentedOne()
    {
        await using var first = await RunningEmulator.StartAsync();
        await using var second = await RunningEmulator.StartAsync();

        Assert.Matches("^sk_test_flora_emulator_[0-9a-f]{32}$", first.ApiKey);
        Assert.NotEqual(first.ApiKey, second.ApiKey);
        Assert.Contains(first.Output, line => line.Contains("new random key each start", StringComparison.Ordinal));
        using var http = new HttpClient();
        using var documented = new HttpRequestMessage(HttpMethod.Get, new Uri(first.BaseUrl, "workspaces"));
        documented.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FloraEmulatorOptions.DefaultApiKey);
        using var refused = await http.SendAsync(documented);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var client = first.CreateClient();
        Assert.NotEmpty((await client.Workspaces.ListAsync()).Workspaces);
    }

    [Fact]
    public async Task Attack11_Emulator_ApiKeyGiven_AcceptsThatKey()
    {
        await using var emulator = await RunningEmulator.StartAsync("--api-key", "sk_test_chosen");

        Assert.Equal("sk_test_chosen", emulator.ApiKey);
        Assert.DoesNotContain(emulator.Output, line => line.Contains("random key", StringComparison.Ordinal));
        using var client = emulator.CreateClient();
        Assert.NotEmpty((await client.Workspaces.ListAsync()).Workspaces);
    }

    [Fact]
    public async Task Attack11_Emulator_MaxUploadBytes_RefusesOneByteMoreWith413()
    {
        await using var emulator = await RunningEmulator.StartAsync("--max-upload-bytes", "1000", "--workspace-id", "ws_cap");
        using var client = emulator.CreateClient();

        var error = await Assert.ThrowsAsync<FloraApiException>(
            () => client.Assets.UploadAsync(new MemoryStream(new byte[1001]), new AssetUploadParams { WorkspaceId = "ws_cap", FileName = "a.png" }));
        var exact = await client.Assets.UploadAsync(new MemoryStream(new byte[1000]), new AssetUploadParams { WorkspaceId = "ws_cap", FileName = "b.png" });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, error.StatusCode);
        Assert.Equal(AssetStatus.Ready, exact.Status);
    }

    [Fact]
    public async Task Emulator_Startup_PrintsAProjectFolderIdItAccepts()
    {
        await using var emulator = await RunningEmulator.StartAsync("--api-key", "sk_test_folder");
        var folderId = emulator.Output.Single(l => l.StartsWith("folder id: ", StringComparison.Ordinal))["folder id: ".Length..].Split(' ')[0];
        using var http = new HttpClient();
        using var create = new HttpRequestMessage(HttpMethod.Post, new Uri(emulator.BaseUrl, $"workspaces/{FloraEmulatorOptions.DefaultWorkspaceId}/folders/{folderId}/projects"))
        {
            Content = new StringContent("""{"name":"Filed"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "sk_test_folder");

        using var created = await http.SendAsync(create);

        Assert.Equal(FloraEmulatorOptions.DefaultFolderId, folderId);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains(emulator.Output, line => line.Contains("40 prebuilt actions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Attack11_Emulator_MaxUploadBytesZero_ExitsTwo()
    {
        var run = await FloraTool.RunAsync(["emulator", "--port", "0", "--max-upload-bytes", "0"]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("MaxUploadBytes", run.Stderr, StringComparison.Ordinal);
    }

    /// <summary><c>flora emulator --port 0</c> as a process, read until it printed its key; stopped with Ctrl+C.</summary>
    private sealed class RunningEmulator : IAsyncDisposable
    {
        private readonly Process _process;

        private RunningEmulator(Process process, Uri baseUrl, string apiKey, IReadOnlyList<string> output)
        {
            _process = process;
            BaseUrl = baseUrl;
            ApiKey = apiKey;
            Output = output;
        }

        public Uri BaseUrl { get; }

        public string ApiKey { get; }

        public IReadOnlyList<string> Output { get; }

        public static async Task<RunningEmulator> StartAsync(params string[] args)
        {
            var process = Process.Start(FloraTool.StartInfo(["emulator", "--port", "0", .. args]))!;
            var output = new List<string>();
            string? baseUrl = null, apiKey = null;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line && !line.StartsWith("Press Ctrl+C", StringComparison.Ordinal))
            {
                line = line.Trim();
                output.Add(line);
                baseUrl ??= line.StartsWith("FLORA_BASE_URL=", StringComparison.Ordinal) ? line["FLORA_BASE_URL=".Length..] : null;
                apiKey ??= line.StartsWith("FLORA_API_KEY=", StringComparison.Ordinal) ? line["FLORA_API_KEY=".Length..] : null;
            }

            Assert.True(baseUrl is not null && apiKey is not null, "flora emulator did not print its address and key: " + string.Join('\n', output));
            return new RunningEmulator(process, new Uri(baseUrl), apiKey, output);
        }

        public FloraClient CreateClient() => new(new FloraClientOptions { ApiKey = ApiKey, BaseUrl = BaseUrl });

        public async ValueTask DisposeAsync()
        {
            Signals.Send(_process.Id, Signals.SigInt);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }
    }
}
