using System.Text;

namespace Flora.Sdk.Tests.TestSupport;

/// <summary>What the SDK sent, captured inside the handler before the request is disposed.</summary>
internal sealed class RecordedRequest
{
    private RecordedRequest(HttpRequestMessage request, byte[]? body)
    {
        Method = request.Method;
        Uri = request.RequestUri!;
        Body = body;
        Content = request.Content;
        foreach (var header in request.Headers.NonValidated)
        {
            Headers[header.Key] = string.Join(", ", header.Value);
        }

        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers.NonValidated)
            {
                ContentHeaders[header.Key] = string.Join(", ", header.Value);
            }
        }
    }

    public HttpMethod Method { get; }

    public Uri Uri { get; }

    /// <summary>The path and query exactly as sent (escapes preserved).</summary>
    public string PathAndQuery => Uri.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped);

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> ContentHeaders { get; } = new(StringComparer.OrdinalIgnoreCase);

    public byte[]? Body { get; }

    /// <summary>The content object itself (only its headers and parts are usable: the body was already read).</summary>
    public HttpContent? Content { get; }

    public string? BodyText => Body is null ? null : Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public static RecordedRequest Capture(HttpRequestMessage request)
    {
        // Synchronous on purpose: MockHttp mishandles a faulted response task, so responders stay synchronous.
        var body = request.Content?.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        return new RecordedRequest(request, body);
    }
}
