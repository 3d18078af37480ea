using System.Net.Http;

namespace Flora.Sdk.DependencyInjection;

/// <summary>
/// Sends each request through the handler chain <see cref="IHttpMessageHandlerFactory"/> holds for a name at that moment,
/// so a client that lives as long as the container still gets the factory's rotated handlers (its <c>HandlerLifetime</c>),
/// with every handler added to the name's builder. Holds nothing to release: the factory owns the handlers.
/// </summary>
internal sealed class FactoryHandler(IHttpMessageHandlerFactory handlers, string name) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Cheap: the factory hands back its active handler, or a new one once the old one's lifetime is over.
        using var invoker = new HttpMessageInvoker(handlers.CreateHandler(name), disposeHandler: false);
        return await invoker.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
