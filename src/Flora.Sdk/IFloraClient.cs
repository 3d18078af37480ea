using System.Text.Json.Nodes;

namespace Flora.Sdk;

/// <summary>The FLORA API client; an interface so that your code can be tested with a fake.</summary>
public interface IFloraClient
{
    /// <summary>Upload, list, retrieve, complete and retry media assets.</summary>
    IAssetService Assets { get; }

    /// <summary>List a workspace's projects and attach assets to them.</summary>
    IProjectService Projects { get; }

    /// <summary>List the workspaces the API key can use.</summary>
    IWorkspaceService Workspaces { get; }

    /// <summary>Send product feedback to FLORA, such as a missing capability.</summary>
    IFeedbackService Feedback { get; }

    /// <summary>Any run, whatever started it: start a technique, read a run, wait for it and download its outputs.</summary>
    IRunService Runs { get; }

    /// <summary>FLORA's techniques: list and get them, and run them on inputs (<see cref="ITechniqueService.Runs"/>).</summary>
    ITechniqueService Techniques { get; }

    /// <summary>Generations: make media or text from a prompt with a model; get and list them.</summary>
    IGenerationService Generations { get; }

    /// <summary>The catalog of models a generation can use.</summary>
    IModelService Models { get; }

    /// <summary>FLORA's prebuilt actions: list them, read one, and run one headless on inputs by URL or text.</summary>
    IActionService Actions { get; }

    /// <summary>
    /// Calls any FLORA endpoint, including those the SDK does not wrap yet (technique runs, for one), with the client's
    /// key, retries, idempotency key, timeouts, typed errors, logging, tracing and metrics.
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path below the base URL, escaped, optionally with a query, for example <c>techniques/tech_abc123/runs</c>; one leading <c>/</c> is allowed.</param>
    /// <param name="body">The JSON body, or <see langword="null"/> for none.</param>
    /// <param name="options">Per-call overrides; a POST, PUT or PATCH gets an <c>Idempotency-Key</c> when none is given, the same on every attempt.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The parsed JSON body (<see langword="null"/> for a 204 or a JSON <c>null</c>) with the status and headers.</returns>
    /// <exception cref="ArgumentException">The path is blank, absolute, names a host or scheme, or has a <c>..</c> segment; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status (a subclass per status).</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    /// <exception cref="FloraException">A 2xx body is not JSON.</exception>
    /// <remarks>Retried like every call: connection failures, attempt timeouts, 408, 429 and 5xx (except 501 and 505).</remarks>
    Task<FloraResponse<JsonNode?>> SendAsync(HttpMethod method, string path, JsonNode? body = null, RequestOptions? options = null, CancellationToken cancellationToken = default);
}
