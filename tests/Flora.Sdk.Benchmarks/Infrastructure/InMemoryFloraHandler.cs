using System.Net;
using System.Net.Http.Headers;

namespace Flora.Sdk.Benchmarks.Infrastructure;

/// <summary>
/// Answers FLORA requests from memory: the request body is drained (so lazily serialized content is really
/// serialized) and each response gets a fresh <see cref="ByteArrayContent"/> over a pre-serialized body.
/// </summary>
internal sealed class InMemoryFloraHandler(FloraRoutes routes) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json");

    public InMemoryFloraHandler()
        : this(new FloraRoutes())
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content)
        {
            await content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var (status, body) = routes.Route(request.Method.Method, request.RequestUri!.OriginalString);
        var response = new HttpResponseMessage((HttpStatusCode)status)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(body),
        };
        response.Content.Headers.ContentType = s_json;
        return response;
    }
}
