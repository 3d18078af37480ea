using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Flora.Sdk.Testing.Server;

/// <summary>Kestrel on 127.0.0.1 with endpoint routing behind <see cref="EmulatorPipeline"/>; no MVC, no logging providers.</summary>
internal static class EmulatorHost
{
    public static async Task<(WebApplication App, Uri Origin)> StartAsync(EmulatorState state, FloraEmulatorFaults faults, CancellationToken cancellationToken)
    {
        var options = state.Options;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddRoutingCore();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;

            // Uploads may be large; they are streamed and hashed, never buffered, and each route caps its own body
            // (MaxUploadBytes on the upload routes, 1 MiB for JSON), with FLORA's error envelope rather than Kestrel's bare 413.
            kestrel.Limits.MaxRequestBodySize = null;

            // A stalled or slow-drip body is given up on (the read throws, EmulatorPipeline answers 408), so it cannot hold
            // a connection and its buffers for ever.
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(240, options.RequestBodyTimeout);
        });

        var app = builder.Build();
        app.Use(EmulatorRoutes.IgnoreEmptySegmentsAsync);
        app.UseRouting();

        // After routing (so it knows the route) and around every endpoint; for no match it answers itself.
        app.Use(new EmulatorPipeline(state, faults).InvokeAsync);
        EmulatorRoutes.MapAll(app, state);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("The emulator's server started but reported no address.");
        var bound = new Uri(address);
        return (app, new Uri($"http://127.0.0.1:{bound.Port}/"));
    }
}
