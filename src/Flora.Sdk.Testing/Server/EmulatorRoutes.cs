using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// Maps the emulator's routes onto ASP.NET Core endpoint routing. A route is one line in an <see cref="IEmulatorEndpoints"/>
/// class: its method, its path (FLORA's API routes relative to <c>/api/v1</c>), its <see cref="EmulatorRoute"/> and its
/// handler. The handler only computes an <see cref="EmulatorResult"/>; everything else (Host check, request log, faults,
/// API key, idempotency keys, writing the answer, the 404 envelope) is <see cref="EmulatorPipeline"/>'s, for every route.
/// Handlers that answer at once (<see cref="Func{HttpContext, EmulatorResult}"/>) run holding <see cref="EmulatorState.Gate"/>;
/// handlers that read a body first (<see cref="EmulatorHandler"/>) take it themselves once the body is in.
/// </summary>
internal sealed class EmulatorRoutes
{
    private readonly IEndpointRouteBuilder _root;
    private readonly IEndpointRouteBuilder _api;

    private EmulatorRoutes(IEndpointRouteBuilder root, EmulatorState state)
    {
        _root = root;
        _api = root.MapGroup("/api/v1");
        State = state;
    }

    public EmulatorState State { get; }

    /// <summary>Maps every <see cref="IEmulatorEndpoints"/> class in this assembly: a new class needs no registration.</summary>
    public static void MapAll(IEndpointRouteBuilder root, EmulatorState state)
    {
        var routes = new EmulatorRoutes(root, state);
        var classes = typeof(IEmulatorEndpoints).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEmulatorEndpoints).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in classes)
        {
            ((IEmulatorEndpoints)Activator.CreateInstance(type, state)!).Map(routes);
        }
    }

    /// <summary>
    /// Runs before routing: the emulator matches paths ignoring empty segments (a base URL's trailing slash joined to a
    /// path's leading one), so <c>/api//v1/assets</c> is routed as <c>/api/v1/assets</c>; <see cref="SentPath"/> keeps the path as sent.
    /// </summary>
    public static Task IgnoreEmptySegmentsAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if (path.Value is { } value && value.Contains("//", StringComparison.Ordinal))
        {
            context.Items[typeof(EmulatorRoutes)] = path;
            var segments = value.Split('/', StringSplitOptions.RemoveEmptyEntries);
            context.Request.Path = "/" + string.Join('/', segments) + (value.EndsWith('/') && segments.Length > 0 ? "/" : string.Empty);
        }

        return next(context);
    }

    /// <summary>The request's path as the client sent it (for the log and messages), before <see cref="IgnoreEmptySegmentsAsync"/>.</summary>
    public static PathString SentPath(HttpContext context) =>
        context.Items.TryGetValue(typeof(EmulatorRoutes), out var sent) && sent is PathString path ? path : context.Request.Path;

    /// <summary>The emulator route serving this request, or null (answered 404 <c>not_found</c>) when none does.</summary>
    /// <remarks>
    /// ASP.NET Core matches literal segments ignoring case and answers a path served for other methods with its own 405
    /// endpoint; FLORA matches paths exactly and answers both with 404, so neither counts as a match here.
    /// </remarks>
    public static EmulatorEndpoint? Resolve(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint endpoint || endpoint.Metadata.GetMetadata<EmulatorEndpoint>() is not { } served)
        {
            return null;
        }

        var segments = (context.Request.Path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var literals = endpoint.RoutePattern.PathSegments;
        for (var i = 0; i < literals.Count && i < segments.Length; i++)
        {
            if (literals[i].Parts is [RoutePatternLiteralPart literal] && !string.Equals(literal.Content, segments[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return served;
    }

    /// <summary><c>GET /api/v1{pattern}</c>, answered holding the Gate.</summary>
    public void Get(string pattern, EmulatorRoute route, Func<HttpContext, EmulatorResult> handler) =>
        Map(_api, pattern, HttpMethods.Get, route, isApi: true, Locked(handler));

    /// <summary><c>POST /api/v1{pattern}</c>, answered holding the Gate.</summary>
    public void Post(string pattern, EmulatorRoute route, Func<HttpContext, EmulatorResult> handler) =>
        Map(_api, pattern, HttpMethods.Post, route, isApi: true, Locked(handler));

    /// <summary><c>POST /api/v1{pattern}</c> with a body: the handler takes the Gate once it has read the body.</summary>
    public void Post(string pattern, EmulatorRoute route, EmulatorHandler handler) =>
        Map(_api, pattern, HttpMethods.Post, route, isApi: true, handler);

    /// <summary><c>PUT /api/v1{pattern}</c> with a body: the handler takes the Gate once it has read the body.</summary>
    public void Put(string pattern, EmulatorRoute route, EmulatorHandler handler) =>
        Map(_api, pattern, HttpMethods.Put, route, isApi: true, handler);

    /// <summary><c>PATCH /api/v1{pattern}</c> with a body: the handler takes the Gate once it has read the body.</summary>
    public void Patch(string pattern, EmulatorRoute route, EmulatorHandler handler) =>
        Map(_api, pattern, HttpMethods.Patch, route, isApi: true, handler);

    /// <summary><c>DELETE /api/v1{pattern}</c>, answered holding the Gate.</summary>
    public void Delete(string pattern, EmulatorRoute route, Func<HttpContext, EmulatorResult> handler) =>
        Map(_api, pattern, HttpMethods.Delete, route, isApi: true, Locked(handler));

    /// <summary>
    /// A route outside FLORA's API on this server (the upload target, asset URLs): absolute <paramref name="pattern"/>,
    /// no API key and no idempotency keys.
    /// </summary>
    public void Outside(string pattern, IEnumerable<string> methods, EmulatorRoute route, EmulatorHandler handler) =>
        Map(_root, pattern, methods, route, isApi: false, handler);

    /// <summary>A route outside FLORA's API answered at once, holding the Gate.</summary>
    public void Outside(string pattern, IEnumerable<string> methods, EmulatorRoute route, Func<HttpContext, EmulatorResult> handler) =>
        Map(_root, pattern, methods, route, isApi: false, Locked(handler));

    private EmulatorHandler Locked(Func<HttpContext, EmulatorResult> handler) => context =>
    {
        lock (State.Gate)
        {
            return Task.FromResult(handler(context));
        }
    };

    private static void Map(IEndpointRouteBuilder builder, string pattern, string method, EmulatorRoute route, bool isApi, EmulatorHandler handler) =>
        Map(builder, pattern, [method], route, isApi, handler);

    private static void Map(IEndpointRouteBuilder builder, string pattern, IEnumerable<string> methods, EmulatorRoute route, bool isApi, EmulatorHandler handler) =>
        builder.MapMethods(pattern, methods, async context => EmulatorExchange.Of(context).Result = await handler(context).ConfigureAwait(false))
            .WithMetadata(new EmulatorEndpoint(route, isApi))
            .WithDisplayName(route.ToString());
}
