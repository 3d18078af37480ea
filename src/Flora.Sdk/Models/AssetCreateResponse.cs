namespace Flora.Sdk.Models;

/// <summary>The response of <c>POST /assets</c>.</summary>
public sealed record AssetCreateResponse : AssetUploadState
{
    /// <summary>How the asset arrives: <c>url</c> (server-side fetch) or <c>signed_url</c> (your upload).</summary>
    public string? UploadedVia { get; init; }
}
