using System.Collections.Concurrent;
using System.Net.Http;
using Flora.Sdk.Uploads;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Flora.Sdk.DependencyInjection;

/// <summary>
/// Holds the one client of each name registered with <c>AddFloraClient</c>, made on first use from the named options, over
/// handlers of <see cref="IHttpMessageHandlerFactory"/> that are fetched per request (so the factory still rotates them).
/// </summary>
internal sealed class FloraClientFactory(
    IHttpMessageHandlerFactory handlerFactory,
    IOptionsMonitor<HttpClientFactoryOptions> httpClientOptions,
    IOptionsMonitor<FloraClientOptions> options,
    FloraClientRegistry registry,
    ILoggerFactory? loggerFactory = null)
    : IFloraClientFactory
{
    private readonly ConcurrentDictionary<string, FloraClient> _clients = new(StringComparer.Ordinal);

    public IFloraClient CreateClient(string name) => Get(name);

    /// <summary>The client registered under <paramref name="name"/>: the same instance for the container's lifetime.</summary>
    public FloraClient Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_clients.TryGetValue(name, out var client))
        {
            return client;
        }

        if (!registry.Contains(name))
        {
            throw new InvalidOperationException(
                name.Length == 0
                    ? "No unnamed FLORA client is registered: call services.AddFloraClient(...) first."
                    : $"No FLORA client named '{name}' is registered: call services.AddFloraClient(\"{name}\", ...) first.");
        }

        // A race may build two; one is kept and the other holds nothing to release (the factory owns every handler).
        return _clients.GetOrAdd(name, Create(name));
    }

    private FloraClient Create(string name)
    {
        var httpName = FloraClientRegistry.HttpClientName(name);

        // As IHttpClientFactory.CreateClient(httpName) would make it (the builder's ConfigureHttpClient actions applied),
        // but over a handler fetched per request, not one pinned for the client's life.
        var api = new HttpClient(new FactoryHandler(handlerFactory, httpName), disposeHandler: true);
        foreach (var configure in httpClientOptions.Get(httpName).HttpClientActions)
        {
            configure(api);
        }

        // The upload transport: the factory's upload chain, with no client's default headers.
        var uploads = new HttpClient(new FactoryHandler(handlerFactory, StorageTransport.HttpClientName), disposeHandler: true)
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        return new FloraClient(api, options.Get(name), loggerFactory, uploads);
    }
}
