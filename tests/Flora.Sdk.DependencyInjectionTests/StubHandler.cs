using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Flora.Sdk.DependencyInjectionTests;

/// <summary>An in-memory FLORA: answers from a queue of responses (the last one repeats) and records every request. No network.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _responses = new();
    private Func<HttpResponseMessage> _last = () => Json(HttpStatusCode.OK, RetrieveBody);

    public const string RetrieveBody = """{"asset_id":"asset_1","status":"ready","url":"https://media.flora.ai/a.png","content_type":"image/png"}""";

    public ConcurrentQueue<HttpRequestMessage> Requests { get; } = new();

    public StubHandler Then(Func<HttpResponseMessage> response)
    {
        _responses.Enqueue(response);
        _last = response;
        return this;
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string body, string? requestId = "req_test123", params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (requestId is not null)
        {
            response.Headers.TryAddWithoutValidation("request-id", requestId);
        }

        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        var next = _responses.TryDequeue(out var queued) ? queued : _last;
        var response = next();
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}
