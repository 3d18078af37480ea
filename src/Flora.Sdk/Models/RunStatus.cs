using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// The state of a run (a technique run, a generation or an action run). An extensible enum: values the server adds later are kept as they are, never rejected.
/// </summary>
[JsonConverter(typeof(RunStatusJsonConverter))]
public readonly struct RunStatus : IEquatable<RunStatus>
{
    private readonly string? _value;

    /// <summary>Creates a status from its wire value.</summary>
    /// <param name="value">The wire value, for example <c>"running"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public RunStatus(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>The run is queued and has not started (<c>pending</c>).</summary>
    public static RunStatus Pending { get; } = new("pending");

    /// <summary>The run is working; see its progress (<c>running</c>).</summary>
    public static RunStatus Running { get; } = new("running");

    /// <summary>The run finished and its outputs are ready (<c>completed</c>).</summary>
    public static RunStatus Completed { get; } = new("completed");

    /// <summary>The run failed; see its error code and message (<c>failed</c>).</summary>
    public static RunStatus Failed { get; } = new("failed");

    /// <summary>Gets whether the run has ended, completed or failed: its status will not change again.</summary>
    public bool IsTerminal => this == Completed || this == Failed;

    /// <summary>Gets whether this is one of the values this version of the SDK knows.</summary>
    public bool IsKnown => this == Pending || this == Running || this == Completed || this == Failed;

    /// <summary>Compares two statuses by their wire value.</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> when both carry the same wire value.</returns>
    public static bool operator ==(RunStatus left, RunStatus right) => left.Equals(right);

    /// <summary>Compares two statuses by their wire value.</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> when the wire values differ.</returns>
    public static bool operator !=(RunStatus left, RunStatus right) => !left.Equals(right);

    /// <summary>Converts a wire value to a status.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator RunStatus(string value) => new(value);

    /// <inheritdoc/>
    public bool Equals(RunStatus other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RunStatus other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Returns the wire value, for example <c>"pending_upload"</c>.</summary>
    /// <returns>The wire value, or an empty string for a default instance.</returns>
    public override string ToString() => _value ?? string.Empty;
}
