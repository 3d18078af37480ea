using System.Net;
using System.Text.Json.Nodes;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Endpoints;

/// <summary>
/// Any FLORA endpoint the SDK does not wrap (<see cref="FloraClient.SendAsync"/>): an <see cref="ApiRequest"/> like every
/// other call, so it has the same key, retries, idempotency key, timeouts, typed errors, logs, traces and metrics.
/// </summary>
internal sealed class AnyEndpoint(ApiTransport api)
{
    /// <summary>The operation name in errors, logs, traces and metrics: one name, not the path, so metric tags stay few.</summary>
    public const string Operation = "api.send";

    public async Task<FloraResponse<JsonNode?>> SendAsync(HttpMethod method, string path, JsonNode? body, RequestOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(method);
        var relative = InputValidation.EndpointPath(path, nameof(path));
        InputValidation.RequestOptions(options, nameof(options));
        var json = body is null ? null : AnyJsonBody.Serialize(body);

        // An empty 2xx body reads as {} in the transport; a 204 or 205 has none by definition, so its value is null.
        var response = await api.SendAsync(
            new ApiRequest(method, Operation, relative, json, EmptyBodyIsEmptyObject: true),
            FloraJsonContext.Default.AnyJsonBody, options, cancellationToken).ConfigureAwait(false);
        var value = response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.ResetContent ? null : response.Value.Node;
        return new FloraResponse<JsonNode?>(value, response.StatusCode, response.Headers);
    }
}
