using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>The response of <c>POST /feedback</c>: the recorded feedback's id.</summary>
public sealed record FeedbackRecordResponse : FloraObject
{
    /// <summary>The feedback's id.</summary>
    public string FeedbackId { get; init; } = string.Empty;

    /// <summary>When FLORA received it.</summary>
    /// <remarks>Read like <see cref="ProjectObject.CreatedAt"/>: a number in Unix seconds or milliseconds, or an ISO 8601 string; anything else reads as null.</remarks>
    [JsonConverter(typeof(LenientTimestampConverter))]
    public DateTimeOffset? ReceivedAt { get; init; }
}
