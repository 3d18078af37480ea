using System.Text;
using Flora.Sdk.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Flora.Sdk.AspNetCore.Tests;

/// <summary>An in-process app (TestServer) with one webhook endpoint, and the deliveries its handler saw.</summary>
internal sealed class Receiver : IAsyncDisposable
{
    public const string Secret = "whsec_receiver_test_secret";
    public const string Path = "/flora/webhooks";

    public const string Body =
        """{"id":"whd_1","type":"run.completed","api_version":"2026-06-11","created_at":1700000000123,"data":{"run_id":"run_abc","run_type":"technique","workspace_id":"ws_1","status":"completed"}}""";

    private Receiver(WebApplication app)
    {
        App = app;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; private set; } = null!;

    public List<WebhookEvent> Seen { get; } = [];

    public FakeLogCollector Logs => App.Services.GetFakeLogCollector();

    /// <summary>Starts an app; by default the secret comes from configuration Flora:WebhookSecret and the handler records the event.</summary>
    public static async Task<Receiver> StartAsync(
        Action<WebApplicationBuilder>? setup = null,
        Func<Receiver, IEndpointRouteBuilder, IEndpointConventionBuilder>? map = null,
        string? configuredSecret = Secret)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders().AddFakeLogging();
        if (configuredSecret is not null)
        {
            builder.Configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("Flora:WebhookSecret", configuredSecret)]);
        }

        setup?.Invoke(builder);
        var app = builder.Build();
        var receiver = new Receiver(app);
        try
        {
            if (map is null)
            {
                app.MapFloraWebhooks(Path, (WebhookEvent e) => receiver.Seen.Add(e));
            }
            else
            {
                map(receiver, app);
            }

            await app.StartAsync();
            receiver.Client = app.GetTestClient();
            return receiver;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public static string Sign(string body = Body, string secret = Secret, DateTimeOffset? at = null) =>
        FloraWebhooks.Sign(body, secret, at ?? DateTimeOffset.UtcNow);

    public Task<HttpResponseMessage> PostAsync(string body = Body, string? signature = null, string path = Path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(FloraWebhooks.SignatureHeader, signature);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        await App.DisposeAsync();
    }
}
