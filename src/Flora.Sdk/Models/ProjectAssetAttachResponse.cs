namespace Flora.Sdk.Models;

/// <summary>
/// The response of <c>POST /projects/{projectId}/assets/{assetId}/attach</c>, as FLORA's SDK 0.11.0 types it: the asset,
/// the project, the canvas node the asset was placed on and a link to the canvas. Other fields are kept in
/// <see cref="FloraObject.AdditionalProperties"/>.
/// </summary>
/// <remarks>Reading is lenient, like every response: a field FLORA leaves out (or sends as null) reads as <c>""</c>, never an exception.</remarks>
public sealed record ProjectAssetAttachResponse : FloraObject
{
    private readonly string? _assetId;
    private readonly string? _projectId;
    private readonly string? _nodeId;
    private readonly string? _canvasUrl;

    /// <summary>The attached asset (<c>asset_id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string AssetId
    {
        get => _assetId ?? string.Empty;
        init => _assetId = value;
    }

    /// <summary>The project the asset was attached to (<c>project_id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string ProjectId
    {
        get => _projectId ?? string.Empty;
        init => _projectId = value;
    }

    /// <summary>The canvas node the asset was placed on (<c>node_id</c>); attaching again answers the same node.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string NodeId
    {
        get => _nodeId ?? string.Empty;
        init => _nodeId = value;
    }

    /// <summary>A link that opens the project's canvas (<c>canvas_url</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string CanvasUrl
    {
        get => _canvasUrl ?? string.Empty;
        init => _canvasUrl = value;
    }
}
