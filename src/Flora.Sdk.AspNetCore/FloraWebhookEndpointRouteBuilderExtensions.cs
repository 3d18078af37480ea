using Flora.Sdk.AspNetCore;
using Flora.Sdk.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps an endpoint that receives FLORA's webhooks.</summary>
/// <remarks>
/// The endpoint answers <c>POST</c> only. It reads the raw body (at most <see cref="FloraWebhookOptions.MaxBodyBytes"/>,
/// else 413), verifies the <c>Flora-Signature</c> header with the secret (a bad or missing one: 400, a warning logged
/// without the secret or the signature, and the handler does not run), runs the handler and answers 200. If the handler
/// throws, it answers 500, so FLORA delivers again with the same <see cref="WebhookEvent.Id"/>.
/// The secret is <see cref="FloraWebhookOptions.Secret"/>, else configuration <c>Flora:WebhookSecret</c>; it is checked
/// when the endpoint is mapped (at startup), and read again on each delivery, so a reloaded configuration applies.
/// </remarks>
public static class FloraWebhookEndpointRouteBuilderExtensions
{
    /// <summary>Maps a webhook endpoint whose handler is synchronous.</summary>
    /// <param name="endpoints">The application, or a route group.</param>
    /// <param name="pattern">The route, for example <c>/flora/webhooks</c>.</param>
    /// <param name="handler">Runs once per verified delivery.</param>
    /// <returns>The endpoint's convention builder, to chain <c>RequireHost</c>, rate limiting and so on.</returns>
    /// <exception cref="InvalidOperationException">No secret is set in the options or in configuration <c>Flora:WebhookSecret</c>.</exception>
    public static IEndpointConventionBuilder MapFloraWebhooks(this IEndpointRouteBuilder endpoints, string pattern, Action<WebhookEvent> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Map(endpoints, pattern, (e, _) =>
        {
            handler(e);
            return Task.CompletedTask;
        });
    }

    /// <summary>Maps a webhook endpoint whose handler is asynchronous.</summary>
    /// <param name="endpoints">The application, or a route group.</param>
    /// <param name="pattern">The route, for example <c>/flora/webhooks</c>.</param>
    /// <param name="handler">Runs once per verified delivery; the delivery is answered when its task ends.</param>
    /// <returns>The endpoint's convention builder, to chain <c>RequireHost</c>, rate limiting and so on.</returns>
    /// <exception cref="InvalidOperationException">No secret is set in the options or in configuration <c>Flora:WebhookSecret</c>.</exception>
    public static IEndpointConventionBuilder MapFloraWebhooks(this IEndpointRouteBuilder endpoints, string pattern, Func<WebhookEvent, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Map(endpoints, pattern, (e, _) => handler(e));
    }

    /// <summary>Maps a webhook endpoint whose handler also gets the request (its services, headers and <c>RequestAborted</c> token).</summary>
    /// <param name="endpoints">The application, or a route group.</param>
    /// <param name="pattern">The route, for example <c>/flora/webhooks</c>.</param>
    /// <param name="handler">Runs once per verified delivery; the delivery is answered when its task ends.</param>
    /// <returns>The endpoint's convention builder, to chain <c>RequireHost</c>, rate limiting and so on.</returns>
    /// <exception cref="InvalidOperationException">No secret is set in the options or in configuration <c>Flora:WebhookSecret</c>.</exception>
    public static IEndpointConventionBuilder MapFloraWebhooks(this IEndpointRouteBuilder endpoints, string pattern, Func<WebhookEvent, HttpContext, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Map(endpoints, pattern, handler);
    }

    private static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints, string pattern, Func<WebhookEvent, HttpContext, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        var receiver = new WebhookReceiver(endpoints.ServiceProvider, handler);
        receiver.SecretOrThrow();
        return endpoints.MapPost(pattern, receiver.ReceiveAsync);
    }
}
