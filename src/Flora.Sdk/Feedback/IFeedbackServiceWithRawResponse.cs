using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The feedback endpoint returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers.
/// Validation, retries and errors are the same as <see cref="IFeedbackService"/>, whose call is this one followed by <c>.Value</c>.
/// </summary>
public interface IFeedbackServiceWithRawResponse
{
    /// <summary>Records feedback; see <see cref="IFeedbackService.RecordAsync"/>.</summary>
    /// <param name="parameters">The kind, summary and detail.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<FeedbackRecordResponse>> RecordAsync(FeedbackRecordParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);
}
