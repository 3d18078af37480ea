namespace Flora.Sdk.Models;

/// <summary>The body of <c>POST /assets</c>: create an asset from an allowlisted URL, or reserve a signed upload.</summary>
public sealed record AssetCreateParams
{
    /// <summary>
    /// <see cref="AssetSource.SignedUrl"/> to reserve a signed upload, or an absolute <c>https://</c> URL on an
    /// allowlisted host for a server-side fetch. Local paths, <c>data:</c> URLs and placeholders are refused.
    /// </summary>
    public required string Source { get; init; }

    /// <summary>The workspace that owns the asset; starts with <c>ws_</c>.</summary>
    public required string WorkspaceId { get; init; }

    /// <summary>The asset's content type, for example <c>image/png</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary>The asset's file name, for example <c>product.png</c>.</summary>
    public string? FileName { get; init; }

    /// <summary>The destination folder, for example <c>api-uploads</c>.</summary>
    public string? Folder { get; init; }

    /// <summary>A project (<c>prj_…</c>) whose canvas the asset is also placed on; list projects to find its id.</summary>
    public string? ProjectId { get; init; }
}
