using System.Text.Json.Nodes;
using Flora.Sdk.Actions;
using Flora.Sdk.Assets;
using Flora.Sdk.Endpoints;
using Flora.Sdk.Feedback;
using Flora.Sdk.Generations;
using Flora.Sdk.ModelCatalog;
using Flora.Sdk.Projects;
using Flora.Sdk.Runs;
using Flora.Sdk.Techniques;
using Flora.Sdk.Workspaces;

namespace Flora.Sdk;

// The services, each made on first use under the client's lock (see Once), so a client costs little to construct.
public partial class FloraClient
{
    private AssetService? _assets;
    private ProjectService? _projects;
    private WorkspaceService? _workspaces;
    private FeedbackService? _feedback;
    private RunService? _runs;
    private TechniqueService? _techniques;
    private GenerationService? _generations;
    private ModelService? _models;
    private ActionService? _actions;
    private AnyEndpoint? _anyEndpoint;

    /// <inheritdoc/>
    public IAssetService Assets => _assets ?? Once(ref _assets, () => new AssetService(Api, Storage));

    /// <inheritdoc/>
    public IProjectService Projects => _projects ?? Once(ref _projects, () => new ProjectService(Api));

    /// <inheritdoc/>
    public IWorkspaceService Workspaces => _workspaces ?? Once(ref _workspaces, () => new WorkspaceService(Api));

    /// <inheritdoc/>
    public IFeedbackService Feedback => _feedback ?? Once(ref _feedback, () => new FeedbackService(Api));

    /// <inheritdoc/>
    public IRunService Runs => _runs ?? Once(ref _runs, () => new RunService(Api, Storage));

    /// <inheritdoc/>
    public ITechniqueService Techniques => _techniques ?? Once(ref _techniques, () => new TechniqueService(Api));

    /// <inheritdoc/>
    public IGenerationService Generations => _generations ?? Once(ref _generations, () => new GenerationService(Api));

    /// <inheritdoc/>
    public IModelService Models => _models ?? Once(ref _models, () => new ModelService(Api));

    /// <inheritdoc/>
    public IActionService Actions => _actions ?? Once(ref _actions, () => new ActionService(Api));

    /// <inheritdoc/>
    public Task<FloraResponse<JsonNode?>> SendAsync(
        HttpMethod method, string path, JsonNode? body = null, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (_anyEndpoint ?? Once(ref _anyEndpoint, () => new AnyEndpoint(Api))).SendAsync(method, path, body, options, cancellationToken);
}
