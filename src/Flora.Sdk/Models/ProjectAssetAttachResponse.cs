using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// The response of <c>POST /projects/{projectId}/assets/{assetId}/attach</c>. FLORA does not document its body, so
/// the fields it is likely to carry are typed and everything it sends is kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record ProjectAssetAttachResponse
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

    private IDictionary<string, JsonElement>? _additionalProperties;

    /// <summary>Every other field of the response body, as received.</summary>
    [JsonIgnore]
    public IDictionary<string, JsonElement>? AdditionalProperties
    {
        get => _additionalProperties;
        init => _additionalProperties = value;
    }

    // System.Text.Json cannot fill an init-only extension-data property (it binds init-only members like constructor
    // parameters and throws at first use), so the serializer goes through this settable twin.
    [JsonExtensionData, JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => _additionalProperties;
        set => _additionalProperties = value;
    }
}
