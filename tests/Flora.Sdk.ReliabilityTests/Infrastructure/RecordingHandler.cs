using System.Collections.Concurrent;
using System.Net;

namespace Flora.Sdk.ReliabilityTests.Infrastructure;

/// <summary>An in-memory handler that records every request it is asked to send and answers with <see cref="Respond"/>.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public RecordingHandler(Func<HttpRequestMessage, HttpResponseMessage>? respond = null) =>
        Respond = respond ?? (_ => new HttpResponseMessage(HttpStatusCode.InternalServerError));

    public Func<HttpRequestMessage, HttpResponseMessage> Respond { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        byte[]? body = null;
        if (request.Content is not null)
        {
            body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
        }

        var headers = request.Headers.NonValidated.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        if (request.Content is not null)
        {
            foreach (var h in request.Content.Headers.NonValidated)
            {
                headers[h.Key] = string.Join(", ", h.Value);
            }
        }

        _requests.Enqueue(new RecordedRequest(request.Method.Method, request.RequestUri!, headers, body));
        var response = Respond(request);
        response.RequestMessage ??= request;
        return response;
    }
}

/// <summary>What <see cref="RecordingHandler"/> saw of one request.</summary>
internal sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, byte[]? Body);
