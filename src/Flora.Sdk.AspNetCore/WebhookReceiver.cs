using Flora.Sdk.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Flora.Sdk.AspNetCore;

/// <summary>One mapped webhook endpoint: reads, verifies, runs the handler, answers.</summary>
internal sealed partial class WebhookReceiver(IServiceProvider services, Func<WebhookEvent, HttpContext, Task> handler)
{
    private readonly ILogger _logger =
        services.GetService<ILoggerFactory>()?.CreateLogger("Flora.Sdk.AspNetCore.FloraWebhooks") ?? NullLogger.Instance;

    private FloraWebhookOptions Options =>
        services.GetService<IOptionsMonitor<FloraWebhookOptions>>()?.CurrentValue ?? new FloraWebhookOptions();

    public string SecretOrThrow()
    {
        var secret = Options.Secret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            secret = services.GetService<IConfiguration>()?[FloraWebhookOptions.SecretConfigurationKey];
        }

        return string.IsNullOrWhiteSpace(secret)
            ? throw new InvalidOperationException(
                "No FLORA webhook secret: set configuration 'Flora:WebhookSecret' (an environment variable Flora__WebhookSecret, " +
                "user secrets or a secret store) or AddFloraWebhooks(o => o.Secret = ...), before MapFloraWebhooks.")
            : secret!;
    }

    public async Task ReceiveAsync(HttpContext context)
    {
        var options = Options;
        var secret = SecretOrThrow();
        var body = await BodyReader.ReadAsync(context.Request, options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            LogTooLarge(_logger, options.MaxBodyBytes);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        WebhookEvent webhook;
        try
        {
            var verify = new WebhookVerifyOptions
            {
                Tolerance = options.Tolerance,
                TimeProvider = context.RequestServices.GetService<TimeProvider>(),
            };
            webhook = FloraWebhooks.Unwrap(body, context.Request.Headers[FloraWebhooks.SignatureHeader].ToString(), secret, verify);
        }
        catch (FloraWebhookVerificationException e)
        {
            // The message names the reason only: never the secret, the signature or the body.
            LogRefused(_logger, context.Request.Path, e.Message);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        try
        {
            await handler(webhook, context).ConfigureAwait(false);
        }
        catch (Exception e) when (!(e is OperationCanceledException && context.RequestAborted.IsCancellationRequested))
        {
            // The endpoint's one boundary: whatever the user's handler throws becomes a 500, so FLORA delivers again.
            LogHandlerFailed(_logger, e, webhook.Id, webhook.Type);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }

            return;
        }

        if (!context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "FLORA webhook refused at {Path}: {Reason}")]
    private static partial void LogRefused(ILogger logger, PathString path, string reason);

    [LoggerMessage(2, LogLevel.Warning, "FLORA webhook refused: the body is larger than {MaxBodyBytes} bytes")]
    private static partial void LogTooLarge(ILogger logger, long maxBodyBytes);

    [LoggerMessage(3, LogLevel.Error, "The FLORA webhook handler failed for delivery {DeliveryId} ({EventType}); answered 500 so FLORA delivers again")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string deliveryId, string eventType);
}
