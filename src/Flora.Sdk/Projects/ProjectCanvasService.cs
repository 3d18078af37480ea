using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Projects;

/// <summary>The project canvas endpoints over the API transport; each typed call is its raw twin followed by <c>.Value</c>.</summary>
internal sealed class ProjectCanvasService(ApiTransport api) : IProjectCanvasService, IProjectCanvasServiceWithRawResponse
{
    // netstandard2.0 has no HttpMethod.Patch.
    internal static readonly HttpMethod Patch = new("PATCH");

    public IProjectCanvasServiceWithRawResponse WithRawResponse => this;

    public async Task<ProjectCanvasRetrieveResponse> RetrieveAsync(string projectId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.RetrieveAsync(projectId, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<ProjectCanvasUpdateResponse> UpdateAsync(
        string projectId, ProjectCanvasUpdateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.UpdateAsync(projectId, parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    // Async, so that invalid arguments come back as a faulted task, not a synchronous throw.
    async Task<FloraResponse<ProjectCanvasRetrieveResponse>> IProjectCanvasServiceWithRawResponse.RetrieveAsync(
        string projectId, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.ProjectId(projectId, nameof(projectId));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "projects.canvas.retrieve", CanvasPath(projectId)),
            FloraJsonContext.Default.ProjectCanvasRetrieveResponse, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<ProjectCanvasUpdateResponse>> IProjectCanvasServiceWithRawResponse.UpdateAsync(
        string projectId, ProjectCanvasUpdateParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.ProjectId(projectId, nameof(projectId));
        InputValidation.ProjectCanvasUpdateParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.SendJsonAsync(
            Patch, "projects.canvas.update", CanvasPath(projectId), parameters,
            FloraJsonContext.Default.ProjectCanvasUpdateParams, FloraJsonContext.Default.ProjectCanvasUpdateResponse, options, cancellationToken).ConfigureAwait(false);
    }

    private static string CanvasPath(string projectId) => "projects/" + Uri.EscapeDataString(projectId) + "/canvas";
}
