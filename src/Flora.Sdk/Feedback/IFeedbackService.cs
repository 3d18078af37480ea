using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>Product feedback to FLORA: ask for a missing capability (a source host, say), report a bug, request a feature.</summary>
public interface IFeedbackService
{
    /// <summary>The same call, returning a <see cref="FloraResponse{T}"/> with the HTTP status and headers.</summary>
    IFeedbackServiceWithRawResponse WithRawResponse { get; }

    /// <summary>Records feedback (<c>POST /feedback</c>).</summary>
    /// <param name="parameters">The kind (see <see cref="FeedbackKind"/>), summary and detail; optional fields left null are not sent.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given, the same on every attempt.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The recorded feedback's id and when FLORA received it.</returns>
    /// <exception cref="ArgumentException">A required field is blank or an id has the wrong prefix; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    /// <remarks>Use <see cref="FeedbackKind.MissingCapability"/> when FLORA refuses a URL source because its host is not allowlisted.</remarks>
    Task<FeedbackRecordResponse> RecordAsync(FeedbackRecordParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);
}
