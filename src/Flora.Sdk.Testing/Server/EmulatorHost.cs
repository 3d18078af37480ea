using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Flora.Sdk.Testing.Server;

/// <summary>Kestrel on 127.0.0.1 with one request delegate; no routing, no MVC, no logging providers.</summary>
internal static class EmulatorHost
{
    public static async Task<(WebApplication App, Uri Origin)> StartAsync(int port, EmulatorDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;

            // Uploads may be large; they are streamed and hashed, never buffered.
            kestrel.Limits.MaxRequestBodySize = null;
        });

        var app = builder.Build();
        app.Run(dispatcher.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("The emulator's server started but reported no address.");
        var bound = new Uri(address);
        return (app, new Uri($"http://127.0.0.1:{bound.Port}/"));
    }
}
