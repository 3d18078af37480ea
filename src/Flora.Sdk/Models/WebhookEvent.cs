using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// A verified webhook delivery, as <c>FloraWebhooks.Unwrap</c> returns it: FLORA tells you a run ended
/// (<c>run.completed</c> or <c>run.failed</c>). Fields FLORA adds are kept in <see cref="FloraObject.AdditionalProperties"/>.
/// </summary>
/// <remarks>
/// Reading is lenient: a string field a server leaves out reads as <c>""</c>, a missing <c>data</c> as an empty
/// <see cref="WebhookRunData"/>, and a missing or unreadable <c>created_at</c> as <see langword="default"/>.
/// </remarks>
public sealed record WebhookEvent : FloraObject
{
    private readonly string? _id;
    private readonly string? _type;
    private readonly string? _apiVersion;
    private readonly WebhookRunData? _data;

    /// <summary>The delivery's id (<c>id</c>, <c>whd_…</c>; also in the <c>Flora-Webhook-Id</c> header): the same on every retry of it, so use it to ignore a repeat.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Id
    {
        get => _id ?? string.Empty;
        init => _id = value;
    }

    /// <summary>The event (<c>type</c>): <c>run.completed</c> or <c>run.failed</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Type
    {
        get => _type ?? string.Empty;
        init => _type = value;
    }

    /// <summary>The payload contract's version stamp (<c>api_version</c>), for example <c>2026-06-11</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string ApiVersion
    {
        get => _apiVersion ?? string.Empty;
        init => _apiVersion = value;
    }

    /// <summary>When FLORA created the event (<c>created_at</c>, sent as Unix milliseconds).</summary>
    [JsonConverter(typeof(LenientTimestampOrDefaultConverter))]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The run the event is about (<c>data</c>).</summary>
    /// <value>Never <see langword="null"/>.</value>
    public WebhookRunData Data
    {
        get => _data ?? new WebhookRunData();
        init => _data = value;
    }
}
