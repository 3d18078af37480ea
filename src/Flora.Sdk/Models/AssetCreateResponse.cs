using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>The response of <c>POST /assets</c>. FLORA documents <see cref="Url"/>, <see cref="WorkspaceId"/>, <see cref="AssetUploadState.Visibility"/> and <see cref="UploadedVia"/> as always present.</summary>
public sealed record AssetCreateResponse : AssetUploadState
{
    /// <summary>Creates an empty response.</summary>
    public AssetCreateResponse()
    {
    }

    /// <summary>The answer a create would give for the asset <paramref name="fields"/> describe (a lost create's, found again).</summary>
    internal AssetCreateResponse(AssetFields fields)
        : base(fields)
    {
    }

    /// <summary>The asset's URL; keep it to pass the asset to an <c>imageUrl</c> or <c>videoUrl</c> input.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    [JsonPropertyOrder(-18)]
    public string Url { get => _url ?? string.Empty; init => _url = Answered(value); }

    /// <summary>The workspace that owns the asset.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    [JsonPropertyOrder(-17)]
    public string WorkspaceId { get => _workspaceId ?? string.Empty; init => _workspaceId = Answered(value); }

    /// <summary>How the asset arrives: <c>url</c> (server-side fetch) or <c>signed_url</c> (your upload).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    [JsonPropertyOrder(-10)]
    public string UploadedVia { get => _uploadedVia ?? string.Empty; init => _uploadedVia = Answered(value); }
}
