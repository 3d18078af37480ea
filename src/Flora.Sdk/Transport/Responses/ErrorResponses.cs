using Flora.Sdk.Errors;
namespace Flora.Sdk.Transport.Responses;

/// <summary>Turns an error response into its exception: FLORA's ladder for the API, <see cref="FloraUploadHostException"/> for the upload host.</summary>
internal static class ErrorResponses
{
    /// <summary>How much of an error body is kept; a hostile or broken server cannot make us buffer more.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static async Task<FloraException> ReadAsync(
        HttpResponseMessage response, CallSettings settings, int attempt, Redactor redactor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var body = redactor.Redact(await BodyReader.ReadCappedAsync(response.Content, MaxBodyBytes, cancellationToken).ConfigureAwait(false));
        var retryAfter = ResponseHeaders.RetryAfter(response.Headers, now);
        if (settings.Peer == Peer.UploadHost)
        {
            var host = response.RequestMessage?.RequestUri?.Host ?? "the upload host";
            return new FloraUploadHostException(
                $"The upload host {host} answered the byte upload with {(int)response.StatusCode} {FloraExceptionFactory.ReasonPhrase(response.StatusCode)} " +
                $"on attempt {attempt}; its body is in ResponseBody. The asset stays pending_upload until its bytes arrive.",
                response.StatusCode, host, body, retryAfter);
        }

        var envelope = ErrorEnvelope.Parse(body);
        var requestId = redactor.Redact(ResponseHeaders.RequestId(response.Headers));
        return FloraExceptionFactory.Create(new ApiError
        {
            Message = FloraExceptionFactory.Describe(settings.Operation, response.StatusCode, envelope.Code, envelope.Message, envelope.Fields, requestId),
            StatusCode = response.StatusCode,
            ErrorCode = envelope.Code,
            ResponseBody = body,
            RequestId = requestId,
            Fields = envelope.Fields,
            ServerMessage = envelope.Message,
            RetryAfter = retryAfter,
            ServerRetryHint = ResponseHeaders.ShouldRetry(response.Headers),
            Attempt = attempt,
        });
    }
}
