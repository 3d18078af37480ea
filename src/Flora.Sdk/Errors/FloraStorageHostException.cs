using System.Net;

namespace Flora.Sdk;

/// <summary>
/// The storage host (the signed upload target or the asset's download URL), a host outside FLORA, refused the bytes: it
/// answered an upload or a download with an error status. It is not a FLORA API error: its status is the storage host's,
/// and its body is whatever that host sent.
/// </summary>
public sealed class FloraStorageHostException : FloraException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What the storage host answered.</param>
    /// <param name="statusCode">The storage host's HTTP status.</param>
    /// <param name="host">The storage host's name.</param>
    /// <param name="responseBody">The body as received (capped at 64 KiB).</param>
    public FloraStorageHostException(string message, HttpStatusCode statusCode, string host, string? responseBody = null)
        : this(message, statusCode, host, responseBody, retryAfter: null)
    {
    }

    internal FloraStorageHostException(string message, HttpStatusCode statusCode, string host, string? responseBody, TimeSpan? retryAfter)
        : base(message, innerException: null, responseBody)
    {
        StatusCode = statusCode;
        Host = host;
        RetryAfter = retryAfter;
    }

    /// <summary>The storage host's HTTP status, for example 403 when it refused an expired signature, or 404 for a download URL that is gone.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The storage host's name, for example <c>storage.example.com</c>.</summary>
    public string Host { get; }

    /// <summary>How long the storage host asked the client to wait before trying again, when it said (<c>Retry-After</c>); otherwise <see langword="null"/>.</summary>
    public TimeSpan? RetryAfter { get; }
}
