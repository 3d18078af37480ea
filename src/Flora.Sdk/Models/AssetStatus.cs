using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// The lifecycle state of an asset. An extensible enum: values the server adds later are kept as they are, never rejected.
/// </summary>
[JsonConverter(typeof(AssetStatusJsonConverter))]
public readonly struct AssetStatus : IEquatable<AssetStatus>
{
    private readonly string? _value;

    /// <summary>Creates a status from its wire value.</summary>
    /// <param name="value">The wire value, for example <c>"ready"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public AssetStatus(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>The asset is reserved and waits for its bytes (<c>pending_upload</c>).</summary>
    public static AssetStatus PendingUpload { get; } = new("pending_upload");

    /// <summary>The asset is stored and can be used as a workflow input (<c>ready</c>).</summary>
    public static AssetStatus Ready { get; } = new("ready");

    /// <summary>The asset could not be processed; see its failure message (<c>failed</c>).</summary>
    public static AssetStatus Failed { get; } = new("failed");

    /// <summary>Gets whether this is one of the values this version of the SDK knows.</summary>
    public bool IsKnown => this == PendingUpload || this == Ready || this == Failed;

    /// <summary>Compares two statuses by their wire value.</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> when both carry the same wire value.</returns>
    public static bool operator ==(AssetStatus left, AssetStatus right) => left.Equals(right);

    /// <summary>Compares two statuses by their wire value.</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> when the wire values differ.</returns>
    public static bool operator !=(AssetStatus left, AssetStatus right) => !left.Equals(right);

    /// <summary>Converts a wire value to a status.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator AssetStatus(string value) => new(value);

    /// <inheritdoc/>
    public bool Equals(AssetStatus other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AssetStatus other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Returns the wire value, for example <c>"pending_upload"</c>.</summary>
    /// <returns>The wire value, or an empty string for a default instance.</returns>
    public override string ToString() => _value ?? string.Empty;
}
