using System.Net.Http.Headers;
using System.Text;

namespace Flora.Sdk.Tests.TestSupport;

/// <summary>What the SDK sent, captured inside the handler before the request is disposed.</summary>
internal sealed class RecordedRequest
{
#if NETFRAMEWORK
    // .NET Framework has no unparsed view; for the headers the SDK sends, its parsed values read the same.
    private static IEnumerable<KeyValuePair<string, IEnumerable<string>>> Unparsed(HttpHeaders headers) => headers;
#else
    private static HttpHeadersNonValidated Unparsed(HttpHeaders headers) => headers.NonValidated;
#endif

    private RecordedRequest(HttpRequestMessage request, byte[]? body)
    {
        Method = request.Method;
        Uri = request.RequestUri!;
        Body = body;
        foreach (var header in Unparsed(request.Headers))
        {
            Headers[header.Key] = string.Join(", ", header.Value);
        }

        if (request.Content is not null)
        {
            foreach (var header in Unparsed(request.Content.Headers))
            {
                ContentHeaders[header.Key] = string.Join(", ", header.Value);
            }
        }

        if (request.Content is MultipartContent multipart)
        {
            foreach (var part in multipart)
            {
                Parts.Add(new FormPart(
                    part.Headers.ContentDisposition?.Name?.Trim('"'),
                    part.Headers.ContentDisposition?.FileName?.Trim('"'),
                    part.Headers.ContentType?.MediaType));
            }
        }
    }

    /// <summary>The parts of a multipart body, in the order sent.</summary>
    public List<FormPart> Parts { get; } = [];

    public HttpMethod Method { get; }

    public Uri Uri { get; }

    /// <summary>The path and query exactly as sent (escapes preserved).</summary>
    public string PathAndQuery => Uri.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped);

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> ContentHeaders { get; } = new(StringComparer.OrdinalIgnoreCase);

    public byte[]? Body { get; }


    public string? BodyText => Body is null ? null : Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public static RecordedRequest Capture(HttpRequestMessage request)
    {
        // Synchronous on purpose: MockHttp mishandles a faulted response task, so responders stay synchronous.
        var body = request.Content?.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        return new RecordedRequest(request, body);
    }
}

/// <summary>One part of a multipart body.</summary>
internal sealed record FormPart(string? Name, string? FileName, string? ContentType);
