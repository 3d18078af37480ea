using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Flora.Sdk.Benchmarks.Infrastructure;

/// <summary>A tiny Kestrel server on 127.0.0.1 (port 0) that serves the same pre-serialized bodies as the in-memory handler.</summary>
internal sealed class BenchmarkServer : IAsyncDisposable
{
    /// <summary>Set by the benchmark host so that BenchmarkDotNet's child processes reuse its server (and its allocations stay out of theirs).</summary>
    public const string UrlVariable = "FLORA_BENCH_LOOPBACK_URL";

    private readonly WebApplication _app;

    private BenchmarkServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The API base URL, for example <c>http://127.0.0.1:41234/api/v1/</c>.</summary>
    public string BaseUrl { get; }

    public static async Task<BenchmarkServer> StartAsync(FloraRoutes routes)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1);
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = null;
        });
        var app = builder.Build();
        app.Run(context => ServeAsync(context, routes));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Urls.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return new BenchmarkServer(app, address + "/api/v1/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task ServeAsync(HttpContext context, FloraRoutes routes)
    {
        var request = context.Request;
        await request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
        var path = request.Path.Value + request.QueryString.Value;
        var (status, body) = routes.Route(request.Method, path);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}
