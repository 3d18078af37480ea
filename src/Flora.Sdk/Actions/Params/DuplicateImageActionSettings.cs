namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>duplicate-image-browser</c> action (<see cref="DuplicateImageActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record DuplicateImageActionSettings
{
    /// <summary>Copies (<c>count</c>).</summary>
    public double? Count { get; init; }
}
