using System.Net;
using System.Net.Http.Headers;

namespace Flora.Sdk;

/// <summary>A parsed response together with its HTTP status and headers, from <see cref="IAssetService.WithRawResponse"/>.</summary>
/// <typeparam name="T">The parsed body's type.</typeparam>
public sealed class FloraResponse<T>
{
    private readonly HttpResponseHeaders? _headers;
    private readonly HttpContentHeaders? _contentHeaders;

    // The answered message, whose headers are read only when asked for: a typed call that discards this wrapper then
    // never makes the headers object (RetrieveCostBenchmarks' allocations show it). Disposing a message keeps its headers.
    private readonly HttpResponseMessage? _response;

    /// <summary>Creates a response; useful for faking <see cref="IAssetServiceWithRawResponse"/> in tests.</summary>
    /// <param name="value">The parsed body.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="headers">The response headers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is <see langword="null"/>.</exception>
    public FloraResponse(T value, HttpStatusCode statusCode, HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        Value = value;
        StatusCode = statusCode;
        _headers = headers;
    }

    /// <summary>Creates a response over the message that answered, reading its headers on first use.</summary>
    internal FloraResponse(T value, HttpResponseMessage response)
    {
        Value = value;
        StatusCode = response.StatusCode;
        _response = response;
    }

    /// <summary>Creates a response from an answer's status and headers, for a body that outlives its message (an opened download).</summary>
    internal FloraResponse(T value, HttpStatusCode statusCode, HttpResponseHeaders headers, HttpContentHeaders? contentHeaders)
        : this(value, statusCode, headers, response: null) => _contentHeaders = contentHeaders;

    private FloraResponse(T value, HttpStatusCode statusCode, HttpResponseHeaders? headers, HttpResponseMessage? response)
    {
        Value = value;
        StatusCode = statusCode;
        _headers = headers;
        _response = response;
    }

    /// <summary>The parsed body.</summary>
    public T Value { get; }

    /// <summary>The HTTP status, for example 201 for a create.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The response headers of the attempt that succeeded.</summary>
    public HttpResponseHeaders Headers => _headers ?? _response!.Headers;

    /// <summary>
    /// The content headers of the answer (<c>Content-Type</c>, <c>Content-Length</c>, <c>Last-Modified</c>...): for a
    /// download, the storage host's; <see langword="null"/> for a response made with the public constructor.
    /// </summary>
    public HttpContentHeaders? ContentHeaders => _contentHeaders ?? _response?.Content?.Headers;

    /// <summary>The <c>request-id</c> header (else <c>x-request-id</c>), to quote to FLORA support.</summary>
    public string? RequestId => Core.HeaderValues.RequestId(Headers);

    /// <summary>The same answer (status and headers) carrying another value: a page made from the wire's, say.</summary>
    internal FloraResponse<TOther> With<TOther>(TOther value) =>
        _contentHeaders is null ? new(value, StatusCode, _headers, _response) : new(value, StatusCode, Headers, _contentHeaders);
}
