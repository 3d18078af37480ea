namespace Flora.Sdk.Models;

/// <summary>The list endpoint's <c>created_at</c> number, whose unit FLORA does not document.</summary>
internal static class UnixTimestamp
{
    /// <summary>Unix milliseconds (FLORA's SDK, the emulator), or seconds when below 1e11; null when out of range.</summary>
    public static DateTimeOffset? ToDateTime(long? value) => value switch
    {
        null => null,
        >= 100_000_000_000 and <= 253_402_300_799_999 => DateTimeOffset.FromUnixTimeMilliseconds(value.Value),
        >= 0 and < 100_000_000_000 => DateTimeOffset.FromUnixTimeSeconds(value.Value),
        _ => null,
    };
}
