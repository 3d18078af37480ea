using System.Text.Json.Serialization;
using Flora.Sdk.Models.Converters;

namespace Flora.Sdk.Models;

/// <summary>The response of <c>POST /feedback</c>: the recorded feedback's id.</summary>
public sealed record FeedbackRecordResponse : FloraObject
{
    /// <summary>The feedback's id.</summary>
    public string FeedbackId { get; init; } = string.Empty;

    /// <summary>When FLORA received it, as the number the endpoint sends (Unix milliseconds in FLORA's SDK).</summary>
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? ReceivedAt { get; init; }
}
