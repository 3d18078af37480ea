namespace Flora.Sdk;

/// <summary>Overrides for a single call.</summary>
public sealed class RequestOptions
{
    /// <summary>
    /// The <c>Idempotency-Key</c> for a POST, PUT or PATCH. When not set, the SDK makes one per call; every attempt of the call sends
    /// the same key. Reuse a key only to repeat the very same request: FLORA answers <c>idempotency_duplicate</c>
    /// for a key seen in the last two hours.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Overrides <see cref="FloraClientOptions.MaxRetries"/> for this call.</summary>
    public int? MaxRetries { get; init; }

    /// <summary>Overrides <see cref="FloraClientOptions.Timeout"/> (per attempt) for this call.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Extra headers to send with this call. Never <see langword="null"/>; <c>Authorization</c> cannot be overridden here.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>A copy of these options with <paramref name="idempotencyKey"/> instead of theirs (null: the SDK makes one per call).</summary>
    internal RequestOptions WithIdempotencyKey(string? idempotencyKey)
    {
        var copy = new RequestOptions { IdempotencyKey = idempotencyKey, MaxRetries = MaxRetries, Timeout = Timeout };
        foreach (var header in Headers)
        {
            copy.Headers[header.Key] = header.Value;
        }

        return copy;
    }
}
