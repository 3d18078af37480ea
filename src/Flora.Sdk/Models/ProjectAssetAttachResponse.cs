namespace Flora.Sdk.Models;

/// <summary>
/// The response of <c>POST /projects/{projectId}/assets/{assetId}/attach</c>. FLORA does not document its body, so
/// the fields it is likely to carry are typed and everything it sends is kept in <see cref="FloraObject.AdditionalProperties"/>.
/// </summary>
public sealed record ProjectAssetAttachResponse : FloraObject
{
    /// <summary>The attached asset, when the server names it.</summary>
    public string? AssetId { get; init; }

    /// <summary>The project, when the server names it.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The canvas node the asset was placed on, when the server names it.</summary>
    public string? NodeId { get; init; }

    /// <summary>A link that opens the project's canvas, when the server sends one.</summary>
    public string? CanvasUrl { get; init; }

    /// <summary>The asset's status, when the server sends one.</summary>
    public AssetStatus? Status { get; init; }
}
