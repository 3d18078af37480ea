using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// The fields create, complete and retry share, with the same nullability in all three: an asset with, while it
/// waits for bytes, its upload instructions. <c>Url</c> and <c>WorkspaceId</c> are on each response, because FLORA
/// documents them as always present on create only.
/// </summary>
public abstract record AssetUploadState : AssetFields
{
    /// <summary>Creates an empty response.</summary>
    protected AssetUploadState()
    {
    }

    /// <summary>A record with every field of <paramref name="fields"/>, the unknown ones too.</summary>
    private protected AssetUploadState(AssetFields fields)
        : base(fields)
    {
    }

    /// <summary>The asset identifier, for example <c>asset_abc123</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    [JsonPropertyOrder(-20)]
    public string AssetId { get => _assetId ?? string.Empty; init => _assetId = Answered(value); }

    /// <summary>Who can see the asset, <c>workspace</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    [JsonPropertyOrder(-9)]
    public string Visibility { get => _visibility ?? string.Empty; init => _visibility = Answered(value); }
}
