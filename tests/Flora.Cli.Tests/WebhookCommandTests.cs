using System.Diagnostics;
using System.Text.Json;
using Flora.Sdk;

namespace Flora.Cli.Tests;

/// <summary><c>flora webhooks verify</c>, run as a process: the secret from the environment, a file or stdin; the body from stdin or a file.</summary>
public sealed class WebhookCommandTests : IDisposable
{
    private const string Secret = "whsec_cli_test_secret";

    private const string Body =
        """{"id":"whd_9","type":"run.failed","api_version":"2026-06-11","created_at":1700000000123,"data":{"run_id":"run_9","run_type":"generation","workspace_id":"ws_1","status":"failed","error_code":"nsfw"}}""";

    private readonly string _folder = Directory.CreateTempSubdirectory("flora-webhooks-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Verify_SecretFromEnvironment_BodyFromStdin_Exit0AndPrintsTheEvent()
    {
        var run = await RunAsync(["webhooks", "verify", "--signature", Sign(), "--format", "json"], stdin: Body, secret: Secret);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("whd_9", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("run_9", json.RootElement.GetProperty("data").GetProperty("run_id").GetString());
        Assert.DoesNotContain(Secret, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jsonl", '{')]
    [InlineData("table", '╭')]
    public async Task Verify_Formats(string format, char first)
    {
        var run = await RunAsync(["webhooks", "verify", "--signature", Sign(), "--format", format], stdin: Body, secret: Secret);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(first, run.Stdout.TrimStart()[0]);
        Assert.Contains("whd_9", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TamperedBody_Exit1WithTheReason_NoSecretInTheOutput()
    {
        var run = await RunAsync(["webhooks", "verify", "--signature", Sign()], stdin: Body.Replace("nsfw", "none", StringComparison.Ordinal), secret: Secret);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("does not match", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        Assert.DoesNotContain(Secret, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WrongSecret_Exit1()
    {
        var run = await RunAsync(["webhooks", "verify", "--signature", Sign()], stdin: Body, secret: "whsec_other");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain("whsec_other", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_OldTimestamp_Exit1_UnlessToleranceIsZero()
    {
        var old = FloraWebhooks.Sign(Body, Secret, DateTimeOffset.UtcNow.AddHours(-1));

        var refused = await RunAsync(["webhooks", "verify", "--signature", old], stdin: Body, secret: Secret);
        var accepted = await RunAsync(["webhooks", "verify", "--signature", old, "--tolerance", "0"], stdin: Body, secret: Secret);

        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("too old", refused.Stderr, StringComparison.Ordinal);
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
    }

    [Fact]
    public async Task Verify_SecretStdin_BodyFromFile_Exit0()
    {
        var body = Path.Combine(_folder, "body.json");
        await File.WriteAllTextAsync(body, Body);

        var run = await RunAsync(["webhooks", "verify", "--secret-stdin", "--signature", Sign(), "--body", body, "--format", "json"], stdin: Secret + "\n", secret: null);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("whd_9", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_SecretStdin_WithoutBodyFile_Exit2()
    {
        var run = await RunAsync(["webhooks", "verify", "--secret-stdin", "--signature", Sign()], stdin: Secret + "\n" + Body, secret: null);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--body", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_SecretFile_Exit0()
    {
        var file = Path.Combine(_folder, "secret.txt");
        await File.WriteAllTextAsync(file, Secret + "\n");

        var run = await RunAsync(["webhooks", "verify", "--secret-file", file, "--signature", Sign()], stdin: Body, secret: null);

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task Verify_NoSecret_Exit2NamingTheVariable()
    {
        var run = await RunAsync(["webhooks", "verify", "--signature", Sign()], stdin: Body, secret: null);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("FLORA_WEBHOOK_SECRET", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_MissingSignatureValue_Exit1()
    {
        var run = await RunAsync(["webhooks", "verify", "--signature", "v1=abc"], stdin: Body, secret: Secret);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("t=", run.Stderr, StringComparison.Ordinal);
    }

    private static string Sign() => FloraWebhooks.Sign(Body, Secret, DateTimeOffset.UtcNow);

    private static async Task<ToolRun> RunAsync(string[] args, string stdin, string? secret)
    {
        var start = FloraTool.StartInfo(args);
        start.Environment.Remove("FLORA_WEBHOOK_SECRET");
        if (secret is not null)
        {
            start.Environment["FLORA_WEBHOOK_SECRET"] = secret;
        }

        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(limit.Token);
        return new ToolRun(process.ExitCode, await stdout, await stderr);
    }
}
