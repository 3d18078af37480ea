using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Feedback;

/// <summary>The feedback endpoint over the API transport; the typed call is its raw twin followed by <c>.Value</c>.</summary>
internal sealed class FeedbackService(ApiTransport api) : IFeedbackService, IFeedbackServiceWithRawResponse
{
    public IFeedbackServiceWithRawResponse WithRawResponse => this;

    public async Task<FeedbackRecordResponse> RecordAsync(FeedbackRecordParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.RecordAsync(parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    async Task<FloraResponse<FeedbackRecordResponse>> IFeedbackServiceWithRawResponse.RecordAsync(
        FeedbackRecordParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.FeedbackRecordParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));

        // The context skips nulls, so unset optional fields are left out of the body (FLORA reads null as a value).
        var body = JsonSerializer.SerializeToUtf8Bytes(parameters, FloraJsonContext.Default.FeedbackRecordParams);
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Post, "feedback.record", "feedback", body),
            FloraJsonContext.Default.FeedbackRecordResponse, options, cancellationToken).ConfigureAwait(false);
    }
}
