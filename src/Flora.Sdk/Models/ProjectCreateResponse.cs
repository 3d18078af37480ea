using System.Text.Json;
using System.Text.Json.Serialization;
using Flora.Sdk.Serialization;

namespace Flora.Sdk.Models;

/// <summary>The response of <c>POST /projects</c>: the project just made.</summary>
public sealed record ProjectCreateResponse
{
    private Dictionary<string, JsonElement>? _additionalProperties;

    /// <summary>The public project id (<c>prj_…</c>).</summary>
    public string ProjectId { get; init; } = string.Empty;

    /// <summary>The project's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The workspace that owns the project.</summary>
    public string WorkspaceId { get; init; } = string.Empty;

    /// <summary>Where the project came from, as the server names it.</summary>
    public string? Origin { get; init; }

    /// <summary>When the project was created, as the number the endpoint sends (Unix milliseconds in FLORA's SDK).</summary>
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? CreatedAt { get; init; }

    /// <summary>When the project last changed, as the number the endpoint sends.</summary>
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? LastModified { get; init; }

    /// <summary>Fields FLORA sent that this record does not model, as received; never null, empty when there are none.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties
    {
        get => _additionalProperties ?? UnmodeledFields.None;
        init => _additionalProperties = UnmodeledFields.Copy(value);
    }

    // System.Text.Json cannot fill an init-only extension-data property, so the serializer goes through this settable twin.
    [JsonExtensionData, JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => _additionalProperties;
        set => _additionalProperties = UnmodeledFields.Adopt(value);
    }
}
