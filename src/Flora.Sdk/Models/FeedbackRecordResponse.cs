using System.Text.Json;
using System.Text.Json.Serialization;
using Flora.Sdk.Serialization;

namespace Flora.Sdk.Models;

/// <summary>The response of <c>POST /feedback</c>: the recorded feedback's id.</summary>
public sealed record FeedbackRecordResponse
{
    private Dictionary<string, JsonElement>? _additionalProperties;

    /// <summary>The feedback's id.</summary>
    public string FeedbackId { get; init; } = string.Empty;

    /// <summary>When FLORA received it, as the number the endpoint sends (Unix milliseconds in FLORA's SDK).</summary>
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? ReceivedAt { get; init; }

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
