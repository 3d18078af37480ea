namespace Flora.Sdk.Transport;

/// <summary>What a request builder learns about the attempt it builds for.</summary>
/// <param name="Number">The attempt's number, from 1.</param>
/// <param name="Timeout">The attempt's timeout; a body that streams for long pushes it back with <see cref="AttemptTimeout.Restart"/>.</param>
/// <param name="Request">The call the attempt belongs to (kept once, by the send core, not by every builder).</param>
internal readonly record struct AttemptContext(int Number, AttemptTimeout Timeout, ApiRequest Request);
