namespace Flora.Sdk.Models;

/// <summary>
/// The response of <c>POST /projects/{projectId}/actions</c>: the action node placed on the canvas. Other fields are kept
/// in <see cref="FloraObject.AdditionalProperties"/>.
/// </summary>
/// <remarks>Reading is lenient: a field FLORA leaves out (or sends as null) reads as <c>""</c>, never an exception.</remarks>
public sealed record ProjectActionCreateResponse : FloraObject
{
    private readonly string? _actionId;
    private readonly string? _nodeId;
    private readonly string? _projectId;
    private readonly string? _canvasUrl;

    /// <summary>The action's slug (<c>action_id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string ActionId
    {
        get => _actionId ?? string.Empty;
        init => _actionId = value;
    }

    /// <summary>The canvas node the action was placed on (<c>node_id</c>): what <c>client.Projects.Actions.RunAsync</c> takes.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string NodeId
    {
        get => _nodeId ?? string.Empty;
        init => _nodeId = value;
    }

    /// <summary>The project (<c>project_id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string ProjectId
    {
        get => _projectId ?? string.Empty;
        init => _projectId = value;
    }

    /// <summary>A link that opens the project's canvas (<c>canvas_url</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string CanvasUrl
    {
        get => _canvasUrl ?? string.Empty;
        init => _canvasUrl = value;
    }
}
