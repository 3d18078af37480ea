using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Flora.Sdk.IntegrationTests;

/// <summary>A callback_url on 127.0.0.1 that records every POST (headers and raw body) and answers the status <c>answer(attempt)</c> gives.</summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(IReadOnlyDictionary<string, string> Headers, string Body)> _received = new();
    private readonly Func<int, int> _answer;
    private readonly Task _loop;

    public WebhookReceiver(Func<int, int>? answer = null)
    {
        _answer = answer ?? (_ => 200);
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/hooks/flora");
        }

        _listener.Prefixes.Add($"http://127.0.0.1:{Url.Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Url { get; }

    public IReadOnlyList<(IReadOnlyDictionary<string, string> Headers, string Body)> Received => [.. _received];

    public async Task WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (_received.Count < count)
        {
            Assert.True(DateTime.UtcNow < until, $"The receiver got {_received.Count} deliveries, not {count}.");
            await Task.Delay(20);
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            _received.Enqueue((headers, body));
            context.Response.StatusCode = _answer(_received.Count);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
