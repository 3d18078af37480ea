using System.Net;
using System.Net.Http.Headers;

namespace Flora.Sdk;

/// <summary>A parsed response together with its HTTP status and headers, from <see cref="IAssetService.WithRawResponse"/>.</summary>
/// <typeparam name="T">The parsed body's type.</typeparam>
public sealed class FloraResponse<T>
{
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
        Headers = headers;
    }

    /// <summary>The parsed body.</summary>
    public T Value { get; }

    /// <summary>The HTTP status, for example 201 for a create.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The response headers of the attempt that succeeded.</summary>
    public HttpResponseHeaders Headers { get; }

    /// <summary>The <c>request-id</c> header (else <c>x-request-id</c>), to quote to FLORA support.</summary>
    public string? RequestId => Transport.Responses.ResponseHeaders.RequestId(Headers);
}
