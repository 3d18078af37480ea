using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// Delivers run webhooks in the background, as FLORA does: a signed POST of the event to the run's <c>callback_url</c>,
/// retried up to 3 times (4 attempts) on a network error or a non-2xx answer, waiting
/// <see cref="FloraEmulatorOptions.WebhookRetryDelay"/>, then twice and four times that, on the emulator's clock. Each
/// attempt is signed afresh (its own <c>t</c>); the event and its <c>Flora-Webhook-Id</c> stay the same.
/// Requests never wait for a delivery; stopping the emulator cancels those still going.
/// </summary>
internal sealed class WebhookDelivery : IAsyncDisposable
{
    /// <summary>The payload contract version the emulator stamps on its events.</summary>
    public const string ApiVersion = "2026-06-11";

    public const int MaxRetries = 3;

    private readonly FloraEmulatorOptions _options;
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private int _delivered;
    private int _attempts;

    public WebhookDelivery(FloraEmulatorOptions options, string secret)
    {
        _options = options;
        Secret = secret;
    }

    /// <summary>The signing secret (<see cref="FloraEmulatorOptions.WebhookSecret"/>, or a random one per start).</summary>
    public string Secret { get; }

    public int DeliveredCount => Volatile.Read(ref _delivered);

    public int AttemptCount => Volatile.Read(ref _attempts);

    /// <summary>Makes the event of a run that has ended and starts its delivery; returns at once.</summary>
    public void Send(RunRecord run, string status, DateTimeOffset now)
    {
        var id = "whd_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        var type = status == "completed" ? "run.completed" : "run.failed";
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("type", type);
            w.WriteString("api_version", ApiVersion);
            w.WriteNumber("created_at", now.ToUnixTimeMilliseconds());
            w.WriteStartObject("data");
            w.WriteString("run_id", run.RunId);
            w.WriteString("run_type", run.Type);
            w.WriteString("workspace_id", run.WorkspaceId);
            w.WriteString("status", status);
            if (run.ErrorCode is { } code)
            {
                w.WriteString("error_code", code);
                w.WriteString("error_message", run.ErrorMessage);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        var body = buffer.ToArray();
        var task = Task.Run(() => DeliverAsync(run.CallbackUrl!, id, type, body));
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task DeliverAsync(Uri url, string id, string type, byte[] body)
    {
        var token = _stop.Token;
        for (var attempt = 0; attempt <= MaxRetries; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(_options.WebhookRetryDelay * Math.Pow(2, attempt - 1), _options.TimeProvider, token).ConfigureAwait(false);
            }

            Interlocked.Increment(ref _attempts);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Add("Flora-Signature", WebhookSigner.Header(Secret, _options.TimeProvider.GetUtcNow().ToUnixTimeSeconds(), body));
            request.Headers.Add("Flora-Webhook-Id", id);
            request.Headers.Add("Flora-Event", type);
            request.Headers.UserAgent.ParseAdd("FloraEmulator-Webhooks/1");
            try
            {
                using var response = await _http.SendAsync(request, token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref _delivered);
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !token.IsCancellationRequested)
            {
                // A receiver that is down or slow: the next attempt, after the backoff.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_running.Keys).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Deliveries still waiting for their next attempt when the emulator stopped.
        }

        _http.Dispose();
        _stop.Dispose();
    }
}
