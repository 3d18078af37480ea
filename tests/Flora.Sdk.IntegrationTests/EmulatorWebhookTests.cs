using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>The emulator's run webhooks: signed like FLORA's, to loopback receivers, retried on failure.</summary>
public sealed class EmulatorWebhookTests
{
    private const string Secret = "whsec_emulator_test_secret";

    [Fact]
    public async Task CompletedRun_PostsSignedRunCompletedEvent_ReceiverChecksTheHmac()
    {
        using var receiver = new WebhookReceiver();
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { WebhookSecret = Secret, ProcessingTime = TimeSpan.FromMilliseconds(200) });
        using var api = new RawApi(emulator);

        var start = await EmulatorRunTests.OkAsync(api, HttpMethod.Post, "generate", EmulatorRunTests.Json(new
        {
            workspace_id = emulator.WorkspaceId,
            project_id = emulator.ProjectId,
            type = "image",
            prompt = "p",
            callback_url = receiver.Url.ToString(),
        }));
        await receiver.WaitForAsync(1);

        var (headers, body) = Assert.Single(receiver.Received);
        AssertSigned(headers["Flora-Signature"], body, Secret);
        var e = JsonDocument.Parse(body).RootElement;
        Assert.Equal("run.completed", e.GetProperty("type").GetString());
        Assert.Equal(e.GetProperty("type").GetString(), headers["Flora-Event"]);
        Assert.Equal(e.GetProperty("id").GetString(), headers["Flora-Webhook-Id"]);
        Assert.StartsWith("whd_", e.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(e.GetProperty("api_version").GetString()));
        Assert.InRange(e.GetProperty("created_at").GetInt64(), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var data = e.GetProperty("data");
        Assert.Equal(start.GetProperty("run_id").GetString(), data.GetProperty("run_id").GetString());
        Assert.Equal(("generation", emulator.WorkspaceId, "completed"), (data.GetProperty("run_type").GetString(), data.GetProperty("workspace_id").GetString(), data.GetProperty("status").GetString()));
        Assert.False(data.TryGetProperty("error_code", out _));
        Assert.Equal(1, emulator.WebhooksDelivered);
    }

    [Fact]
    public async Task FailedTechniqueRun_PostsRunFailedWithTheError_SignedWithTheRandomSecretWhenNoneIsSet()
    {
        using var receiver = new WebhookReceiver();
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);

        await EmulatorRunTests.OkAsync(api, HttpMethod.Post, "techniques/tech_emulator_always_fail/runs",
            $$"""{"inputs":[],"mode":"async","callback_url":"{{receiver.Url}}"}""");
        await receiver.WaitForAsync(1);

        var (headers, body) = Assert.Single(receiver.Received);
        Assert.StartsWith("whsec_", emulator.WebhookSecret);
        AssertSigned(headers["Flora-Signature"], body, emulator.WebhookSecret);
        var data = JsonDocument.Parse(body).RootElement.GetProperty("data");
        Assert.Equal("run.failed", headers["Flora-Event"]);
        Assert.Equal(("technique", "failed", "emulated_failure"), (data.GetProperty("run_type").GetString(), data.GetProperty("status").GetString(), data.GetProperty("error_code").GetString()));
        Assert.Contains("always fails", data.GetProperty("error_message").GetString());
    }

    [Fact]
    public async Task ReceiverFailsTwice_DeliveredOnTheThirdAttempt_ExactlyOnce()
    {
        using var receiver = new WebhookReceiver(attempt => attempt <= 2 ? 500 : 204);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { WebhookSecret = Secret, WebhookRetryDelay = TimeSpan.FromMilliseconds(50) });
        using var api = new RawApi(emulator);

        await EmulatorRunTests.OkAsync(api, HttpMethod.Post, "runs/technique", EmulatorRunTests.Json(new
        {
            technique_id = "tech_emulator_text_to_image",
            workspace_id = emulator.WorkspaceId,
            inputs = new { prompt = "p" },
            callback_url = receiver.Url.ToString(),
        }));
        await receiver.WaitForAsync(3);
        await Task.Delay(600); // longer than every remaining backoff (50 + 100 + 200 ms): nothing more may arrive

        Assert.Equal(3, receiver.Received.Count);
        Assert.Single(receiver.Received.Select(r => r.Headers["Flora-Webhook-Id"]).Distinct());
        Assert.All(receiver.Received, r => AssertSigned(r.Headers["Flora-Signature"], r.Body, Secret));
        Assert.Equal(1, emulator.WebhooksDelivered);
    }

    [Fact]
    public async Task ReceiverAlwaysFails_GivesUpAfterThreeRetries()
    {
        using var receiver = new WebhookReceiver(_ => 503);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { WebhookRetryDelay = TimeSpan.FromMilliseconds(20) });
        using var api = new RawApi(emulator);

        await EmulatorRunTests.OkAsync(api, HttpMethod.Post, "generate", EmulatorRunTests.Json(new
        {
            workspace_id = emulator.WorkspaceId,
            project_id = emulator.ProjectId,
            type = "text",
            prompt = "p",
            callback_url = receiver.Url.ToString(),
        }));
        await receiver.WaitForAsync(4);
        await Task.Delay(400);

        Assert.Equal(4, receiver.Received.Count);
        Assert.Equal(0, emulator.WebhooksDelivered);
    }

    [Fact]
    public async Task SlowReceiver_DoesNotDelayRequests()
    {
        var release = new ManualResetEventSlim();
        using var receiver = new WebhookReceiver(_ =>
        {
            release.Wait(TimeSpan.FromSeconds(10));
            return 200;
        });
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);

        var start = await EmulatorRunTests.OkAsync(api, HttpMethod.Post, "generate", EmulatorRunTests.Json(new
        {
            workspace_id = emulator.WorkspaceId,
            project_id = emulator.ProjectId,
            type = "image",
            prompt = "p",
            callback_url = receiver.Url.ToString(),
        }));
        await receiver.WaitForAsync(1);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var run = await EmulatorRunTests.OkAsync(api, HttpMethod.Get, "runs/" + start.GetProperty("run_id").GetString());
        watch.Stop();
        release.Set();

        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"GET /runs took {watch.Elapsed} while a delivery was held");
    }

    /// <summary>The receiver's own check: <c>t=…,v1=…</c> with v1 = hex HMAC-SHA256(secret, "t.body"), t within 5 minutes.</summary>
    private static void AssertSigned(string header, string body, string secret)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var t = long.Parse(parts["t"], System.Globalization.CultureInfo.InvariantCulture);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}")));
        Assert.Equal(expected, parts["v1"]);
        Assert.InRange(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - t, -5, 300);
    }
}
