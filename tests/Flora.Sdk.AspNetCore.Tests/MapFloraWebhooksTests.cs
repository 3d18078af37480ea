using System.Net;
using Flora.Sdk.AspNetCore;
using Flora.Sdk.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Flora.Sdk.AspNetCore.Tests;

public sealed class MapFloraWebhooksTests
{
    [Fact]
    public async Task GoodSignature_RunsTheHandlerWithTheTypedEvent_Answers200()
    {
        await using var receiver = await Receiver.StartAsync();

        using var response = await receiver.PostAsync(signature: Receiver.Sign());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var e = Assert.Single(receiver.Seen);
        Assert.Equal("whd_1", e.Id);
        Assert.Equal("run.completed", e.Type);
        Assert.Equal("run_abc", e.Data.RunId);
        Assert.Equal(RunStatus.Completed, e.Data.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123), e.CreatedAt);
    }

    [Fact]
    public async Task TamperedBody_Answers400_HandlerDoesNotRun()
    {
        await using var receiver = await Receiver.StartAsync();

        using var response = await receiver.PostAsync(Receiver.Body.Replace("run_abc", "run_evil", StringComparison.Ordinal), Receiver.Sign());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(receiver.Seen);
    }

    [Fact]
    public async Task WrongSecret_Answers400_HandlerDoesNotRun()
    {
        await using var receiver = await Receiver.StartAsync();

        using var response = await receiver.PostAsync(signature: Receiver.Sign(secret: "whsec_someone_else"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(receiver.Seen);
    }

    [Fact]
    public async Task OldTimestamp_Answers400_HandlerDoesNotRun()
    {
        await using var receiver = await Receiver.StartAsync();

        using var response = await receiver.PostAsync(signature: Receiver.Sign(at: DateTimeOffset.UtcNow.AddMinutes(-6)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(receiver.Seen);
    }

    [Fact]
    public async Task MissingHeader_Answers400_HandlerDoesNotRun()
    {
        await using var receiver = await Receiver.StartAsync();

        using var response = await receiver.PostAsync(signature: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(receiver.Seen);
    }

    [Fact]
    public async Task Refusal_LogsAWarningWithoutTheSecretOrTheSignature()
    {
        await using var receiver = await Receiver.StartAsync();
        var signature = Receiver.Sign(secret: "whsec_someone_else");

        using var response = await receiver.PostAsync(signature: signature);

        var log = Assert.Single(receiver.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("does not match", log.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Receiver.Secret, log.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_someone_else", log.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(signature.Split(",v1=")[1], log.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretFromOptions_WinsOverConfiguration()
    {
        await using var receiver = await Receiver.StartAsync(b => b.Services.AddFloraWebhooks(o => o.Secret = "whsec_from_options"));

        using var good = await receiver.PostAsync(signature: Receiver.Sign(secret: "whsec_from_options"));
        using var configured = await receiver.PostAsync(signature: Receiver.Sign());

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, configured.StatusCode);
    }

    [Fact]
    public async Task SecretFromConfigurationOnly_WithoutAddFloraWebhooks_Verifies()
    {
        await using var receiver = await Receiver.StartAsync(configuredSecret: "whsec_configured");

        using var response = await receiver.PostAsync(signature: Receiver.Sign(secret: "whsec_configured"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(receiver.Seen);
    }

    [Fact]
    public async Task MissingSecret_FailsAtStartupWhenMapping()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => Receiver.StartAsync(configuredSecret: null));

        Assert.Contains("Flora:WebhookSecret", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandlerThrows_Answers500_SoFloraDeliversAgain()
    {
        await using var receiver = await Receiver.StartAsync(
            map: (_, app) => app.MapFloraWebhooks(Receiver.Path, (WebhookEvent _) => throw new InvalidOperationException("database down")));

        using var response = await receiver.PostAsync(signature: Receiver.Sign());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(receiver.Logs.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains("whd_1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AsyncHandler_IsAwaitedBeforeTheAnswer()
    {
        var done = false;
        await using var receiver = await Receiver.StartAsync(map: (_, app) => app.MapFloraWebhooks(Receiver.Path, async (WebhookEvent _) =>
        {
            await Task.Delay(50);
            done = true;
        }));

        using var response = await receiver.PostAsync(signature: Receiver.Sign());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(done);
    }

    [Fact]
    public async Task HandlerWithContext_GetsTheRequest_AndTheBuilderChains()
    {
        string? deliveryHeader = null;
        await using var receiver = await Receiver.StartAsync(map: (_, app) => app
            .MapFloraWebhooks(Receiver.Path, (WebhookEvent _, HttpContext context) =>
            {
                deliveryHeader = context.Request.Headers["Flora-Webhook-Id"].ToString();
                return Task.CompletedTask;
            })
            .WithName("flora-webhooks"));

        using var request = new HttpRequestMessage(HttpMethod.Post, Receiver.Path) { Content = new StringContent(Receiver.Body) };
        request.Headers.Add(FloraWebhooks.SignatureHeader, Receiver.Sign());
        request.Headers.Add("Flora-Webhook-Id", "whd_1");
        using var response = await receiver.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("whd_1", deliveryHeader);
    }

    [Fact]
    public async Task BodyLargerThanTheCap_Answers413_HandlerDoesNotRun()
    {
        await using var receiver = await Receiver.StartAsync(b => b.Services.AddFloraWebhooks(o => o.MaxBodyBytes = 64));

        using var response = await receiver.PostAsync(signature: Receiver.Sign());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(receiver.Seen);
    }

    [Fact]
    public async Task ZeroTolerance_AcceptsAnOldTimestamp()
    {
        await using var receiver = await Receiver.StartAsync(b => b.Services.AddFloraWebhooks(o => o.Tolerance = TimeSpan.Zero));

        using var response = await receiver.PostAsync(signature: Receiver.Sign(at: DateTimeOffset.UtcNow.AddDays(-1)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_IsNotMapped()
    {
        await using var receiver = await Receiver.StartAsync();

        using var response = await receiver.Client.GetAsync(Receiver.Path);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(receiver.Seen);
    }
}
