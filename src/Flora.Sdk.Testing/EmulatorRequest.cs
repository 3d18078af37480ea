namespace Flora.Sdk.Testing;

/// <summary>One request the emulator received, as recorded in <see cref="FloraEmulator.Requests"/>.</summary>
public sealed record EmulatorRequest
{
    /// <summary>The order in which the request arrived, from 1.</summary>
    public required long Sequence { get; init; }

    /// <summary>When it arrived, on the emulator's clock.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The HTTP method.</summary>
    public required string Method { get; init; }

    /// <summary>The path, as received (for example <c>/api/v1/assets/asset_1/complete</c>).</summary>
    public required string Path { get; init; }

    /// <summary>The raw query string including its <c>?</c>, or empty.</summary>
    public required string QueryString { get; init; }

    /// <summary>The route it matched.</summary>
    public required EmulatorRoute Route { get; init; }

    /// <summary>The <c>request-id</c> the emulator answered with (<c>req_…</c>).</summary>
    public required string RequestId { get; init; }

    /// <summary>The status answered, or null when the connection was dropped.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The <c>error.code</c> answered, for error responses.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Whether the request carried an <c>Authorization</c> header (its value is never recorded).</summary>
    public bool HadAuthorization { get; init; }

    /// <summary>The <c>Idempotency-Key</c> header, if any.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The <c>User-Agent</c> header, if any.</summary>
    public string? UserAgent { get; init; }

    /// <summary>The <c>Content-Type</c> header, if any.</summary>
    public string? ContentType { get; init; }

    /// <summary>The <c>Content-Length</c> header, if any (absent for chunked uploads).</summary>
    public long? ContentLength { get; init; }

    /// <summary>The fault injected into this request, if any.</summary>
    public EmulatorFaultKind? Fault { get; init; }
}
