using System.Diagnostics;
using System.Text.Json;
using Flora.Sdk.Testing;

namespace Flora.Cli.Tests;

/// <summary>
/// Every global option (<c>--api-key</c>, <c>--api-key-stdin</c>, <c>--base-url</c>, <c>--format</c>, <c>--max-retries</c>,
/// <c>--timeout</c>, <c>--verbose</c>),
/// as a process against the emulator, and the usage errors that must not repeat a key (issue 26, attack 12).
/// </summary>
public sealed class GlobalOptionsTests : IAsyncLifetime
{
    private const string TypedKey = "sk_live_TYPO_SECRET_4b1d9e";

    private FloraEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await FloraEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Attack12_BaseUrl_PointsTheToolAtThatServer(bool trailingSlash)
    {
        // No FLORA_BASE_URL: only the option can name the emulator. Any value crashed the tool (exit 134) before.
        var url = trailingSlash ? _emulator.BaseUrl.ToString() : _emulator.BaseUrl.ToString().TrimEnd('/');
        var run = await FloraTool.RunAsync(["workspaces", "list", "--base-url", url, "--format", "json"], KeyOnly());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(1, _emulator.CountRequests(EmulatorRoute.ListWorkspaces));
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(run.Stdout).RootElement.ValueKind);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/api/v1/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/api/v1")]
    [InlineData("not a url")]
    [InlineData("http://10.0.0.1/api/v1/")]
    [InlineData("http://flora.invalid/api/v1/")]
    public async Task Attack12_BaseUrl_NotHttpsNorLoopbackHttp_IsAUsageErrorBeforeAnyRequest(string url)
    {
        var run = await FloraTool.RunAsync(["workspaces", "list", "--base-url", url], KeyOnly());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_emulator.Requests);
    }

    [Theory]
    [InlineData("https://elsewhere.test/steal")]
    [InlineData("//elsewhere.test/steal")]
    [InlineData("http://127.0.0.1:1/steal")]
    public async Task Attack12_BaseUrl_ApiCommandStillCannotNameAnotherHost(string path)
    {
        var run = await FloraTool.RunAsync(["api", "GET", path, "--base-url", _emulator.BaseUrl.ToString()], KeyOnly());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(_emulator.Requests);
    }

    [Theory]
    [InlineData("--apikey", TypedKey, "workspaces", "list")]
    [InlineData("workspaces", "list", "--apikey", TypedKey)]
    [InlineData("--apikey=" + TypedKey, "workspaces", "list")]
    [InlineData("--api_key:" + TypedKey, "workspaces", "list")]
    [InlineData("assets", "retrieve", "--apikey", TypedKey)]
    [InlineData("-api-key", TypedKey, "workspaces", "list")]
    public async Task MistypedApiKeyOption_NamesTheOptionButNeverEchoesTheKey(params string[] args)
    {
        var run = await FloraTool.RunAsync(args, Env());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.DoesNotContain(TypedKey, run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(TypedKey[8..], run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Contains(args.First(a => a.StartsWith('-')).Split('=', ':')[0], run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public async Task UnknownPositionalArgument_IsStillNamed()
    {
        var run = await FloraTool.RunAsync(["assets", "retrieve", "asset_1", "extra_token"], Env());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'extra_token'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKey_OnTheCommandLine_IsUsed_AndAWrongOneIsNeverPrinted()
    {
        var url = _emulator.BaseUrl.ToString();
        var right = await FloraTool.RunAsync(["workspaces", "list", "--api-key", _emulator.ApiKey, "--base-url", url, "--format", "json"]);
        var wrong = await FloraTool.RunAsync(["workspaces", "list", "--api-key", TypedKey, "--base-url", url, "--format", "json"]);

        Assert.True(right.ExitCode == 0, right.ToString());
        Assert.True(wrong.ExitCode == 1, wrong.ToString());
        Assert.StartsWith("error: 401 ", wrong.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(TypedKey, wrong.Stdout + wrong.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(_emulator.ApiKey, right.Stdout + right.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKeyStdin_ReadsTheKeyFromTheFirstLine()
    {
        var start = FloraTool.StartInfo(["workspaces", "list", "--api-key-stdin", "--base-url", _emulator.BaseUrl.ToString(), "--format", "json"]);
        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync(_emulator.ApiKey);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await stderr);
        Assert.Equal(1, _emulator.CountRequests(EmulatorRoute.ListWorkspaces));
        Assert.DoesNotContain(_emulator.ApiKey, await stdout + await stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("table")]
    public async Task Format_WritesThatFormat(string format)
    {
        var run = await FloraTool.RunAsync(["workspaces", "list", "--format", format], Env());

        Assert.True(run.ExitCode == 0, run.ToString());
        var first = run.Stdout.TrimStart()[0];
        Assert.Equal(format switch { "json" => '[', "jsonl" => '{', _ => '╭' }, first);
    }

    [Fact]
    public async Task Verbose_PrintsEachRequestLineToStderr_WithoutTheKey()
    {
        var quiet = await FloraTool.RunAsync(["workspaces", "list", "--format", "json"], Env());
        var verbose = await FloraTool.RunAsync(["workspaces", "list", "--format", "json", "--verbose"], Env());

        Assert.True(verbose.ExitCode == 0, verbose.ToString());
        Assert.Empty(quiet.Stderr);
        Assert.Contains("GET", verbose.Stderr, StringComparison.Ordinal);
        Assert.Contains("workspaces", verbose.Stderr, StringComparison.Ordinal);
        Assert.Contains("200", verbose.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(_emulator.ApiKey, verbose.Stdout + verbose.Stderr, StringComparison.Ordinal);
        Assert.Equal(quiet.Stdout, verbose.Stdout);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("0", 1)]
    [InlineData("2", 0)]
    public async Task MaxRetries_DecidesWhetherA503IsRetried(string? maxRetries, int exitCode)
    {
        _emulator.Faults.Enqueue(EmulatorRoute.ListWorkspaces, EmulatorFault.ServiceUnavailable(TimeSpan.Zero), times: 1);
        string[] args = maxRetries is null ? ["workspaces", "list", "--format", "json"] : ["workspaces", "list", "--format", "json", "--max-retries", maxRetries];

        var run = await FloraTool.RunAsync(args, Env());

        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Equal(exitCode == 0 ? 2 : 1, _emulator.CountRequests(EmulatorRoute.ListWorkspaces));
    }

    [Fact]
    public async Task Timeout_EndsAnAttemptThatTakesLonger()
    {
        _emulator.Faults.Enqueue(EmulatorRoute.ListWorkspaces, EmulatorFault.Delayed(TimeSpan.FromSeconds(5)), times: 1);
        var clock = Stopwatch.StartNew();

        var run = await FloraTool.RunAsync(["workspaces", "list", "--format", "json", "--timeout", "0.5", "--max-retries", "0"], Env());

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("timed out", run.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4.5), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("--max-retries", "-1")]
    [InlineData("--max-retries", "11")]
    [InlineData("--max-retries", "two")]
    [InlineData("--timeout", "0")]
    [InlineData("--timeout", "-3")]
    [InlineData("--timeout", "3601")]
    [InlineData("--timeout", "soon")]
    public async Task MaxRetriesAndTimeout_OutOfRange_AreUsageErrorsBeforeAnyRequest(string option, string value)
    {
        var run = await FloraTool.RunAsync(["workspaces", "list", option, value], Env());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(option, run.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, _emulator.CountRequests(EmulatorRoute.ListWorkspaces));
    }

    private Dictionary<string, string?> Env() => FloraTool.Env(_emulator.BaseUrl, _emulator.ApiKey);

    private Dictionary<string, string?> KeyOnly() => new() { ["FLORA_API_KEY"] = _emulator.ApiKey };
}
