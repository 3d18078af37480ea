using System.Net;

namespace Flora.Sdk;

/// <summary>
/// The signed upload target, a storage host outside FLORA, answered the byte upload with an error status. It is not a
/// FLORA API error: its status is the storage host's, and its body is whatever that host sent.
/// </summary>
public sealed class FloraUploadHostException : FloraException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What the upload host answered.</param>
    /// <param name="statusCode">The upload host's HTTP status.</param>
    /// <param name="host">The upload host's name.</param>
    /// <param name="responseBody">The body as received (capped at 64 KiB).</param>
    public FloraUploadHostException(string message, HttpStatusCode statusCode, string host, string? responseBody = null)
        : this(message, statusCode, host, responseBody, retryAfter: null)
    {
    }

    internal FloraUploadHostException(string message, HttpStatusCode statusCode, string host, string? responseBody, TimeSpan? retryAfter)
        : base(message, innerException: null, responseBody)
    {
        StatusCode = statusCode;
        Host = host;
        RetryAfter = retryAfter;
    }

    /// <summary>The upload host's HTTP status, for example 403 when it refused an expired signature.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The upload host's name, for example <c>storage.example.com</c>.</summary>
    public string Host { get; }

    /// <summary>How long the upload host asked the client to wait before trying again, when it said (<c>Retry-After</c>).</summary>
    internal TimeSpan? RetryAfter { get; }
}
