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

    /// <summary>The asset's status, when the server sends one.</summary>
    public AssetStatus? Status { get; init; }

    /// <summary>Every other field of the response body, as received.</summary>
    /// <remarks>
    /// Settable rather than init-only: System.Text.Json's source generator binds init-only properties through the
    /// deserialization constructor, which an extension-data property cannot use.
    /// </remarks>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
