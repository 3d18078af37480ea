namespace Flora.Sdk.Models;

/// <summary>The response of <c>POST /assets</c>. FLORA documents <see cref="Url"/>, <see cref="WorkspaceId"/>, <see cref="AssetUploadState.Visibility"/> and <see cref="UploadedVia"/> as always present.</summary>
public sealed record AssetCreateResponse : AssetUploadState
{
    private readonly string? _url;

    /// <summary>The asset's URL; keep it to pass the asset to an <c>imageUrl</c> or <c>videoUrl</c> input.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Url
    {
        get => _url ?? string.Empty;
        init => _url = value;
    }

    private readonly string? _workspaceId;

    /// <summary>The workspace that owns the asset.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string WorkspaceId
    {
        get => _workspaceId ?? string.Empty;
        init => _workspaceId = value;
    }

    private readonly string? _uploadedVia;

    /// <summary>How the asset arrives: <c>url</c> (server-side fetch) or <c>signed_url</c> (your upload).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string UploadedVia
    {
        get => _uploadedVia ?? string.Empty;
        init => _uploadedVia = value;
    }

    /// <summary>This answer as an <see cref="Asset"/>, without losing a field.</summary>
    /// <returns>The asset; a field FLORA left out is <see langword="null"/>.</returns>
    public override Asset ToAsset() => ToAsset(Asset.Answered(Url), Asset.Answered(WorkspaceId), Asset.Answered(UploadedVia));
}
