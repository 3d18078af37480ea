using System.Net.Http;
using Flora.Sdk.Uploads;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Flora.Sdk.DependencyInjection;

/// <summary>Makes clients from named options and named <see cref="HttpClient"/>s of <see cref="IHttpClientFactory"/>.</summary>
internal sealed class FloraClientFactory(
    IHttpClientFactory httpClientFactory,
    IHttpMessageHandlerFactory handlerFactory,
    IOptionsMonitor<FloraClientOptions> options,
    FloraClientRegistry registry,
    ILoggerFactory? loggerFactory = null)
    : IFloraClientFactory
{
    public IFloraClient CreateClient(string name) => Create(name);

    public FloraClient Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!registry.Contains(name))
        {
            throw new InvalidOperationException(
                name.Length == 0
                    ? "No unnamed FLORA client is registered: call services.AddFloraClient(...) first."
                    : $"No FLORA client named '{name}' is registered: call services.AddFloraClient(\"{name}\", ...) first.");
        }

        // The upload transport is the factory's handler chain without an HttpClient around it: no client's default headers apply.
        var uploads = new HttpMessageInvoker(handlerFactory.CreateHandler(UploadTransport.HttpClientName), disposeHandler: false);
        return new FloraClient(httpClientFactory.CreateClient(FloraClientRegistry.HttpClientName(name)), options.Get(name), loggerFactory, uploads);
    }
}
