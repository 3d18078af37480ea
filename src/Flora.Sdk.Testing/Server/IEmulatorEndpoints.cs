using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// A class of emulator routes that maps itself: it has a constructor taking the <see cref="EmulatorState"/> and is found
/// by <see cref="EmulatorRoutes.MapAll"/>, so adding one needs no registration anywhere else.
/// </summary>
internal interface IEmulatorEndpoints
{
    /// <summary>Maps this class's routes, one line each.</summary>
    void Map(EmulatorRoutes routes);
}

/// <summary>A handler that reads a body: computes its answer (without writing it) and takes the Gate itself.</summary>
internal delegate Task<EmulatorResult> EmulatorHandler(HttpContext context);

/// <summary>Routing metadata of an emulator endpoint: its route, and whether it is FLORA's API (API key, idempotency keys).</summary>
internal sealed record EmulatorEndpoint(EmulatorRoute Route, bool IsApi);

/// <summary>Carries a handler's answer from its endpoint back to <see cref="EmulatorPipeline"/>, which writes it (or drops it).</summary>
internal sealed class EmulatorExchange
{
    public EmulatorResult? Result { get; set; }

    public static EmulatorExchange Of(HttpContext context) =>
        context.Features.Get<EmulatorExchange>() ?? throw new InvalidOperationException("An emulator endpoint ran outside EmulatorPipeline.");
}

/// <summary>Reads a route's path parameters.</summary>
internal static class EmulatorRouteValues
{
    /// <summary>The value of the path parameter <paramref name="name"/> (as in <c>{assetId}</c>) of the matched route.</summary>
    public static string Arg(this HttpContext context, string name) =>
        context.Request.RouteValues[name] as string ?? throw new InvalidOperationException($"The route has no parameter '{name}'.");
}
