namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>color-grade-video</c> action (<see cref="ColorGradeVideoActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record ColorGradeVideoActionSettings
{
    /// <summary>Brightness (<c>brightness</c>).</summary>
    public double? Brightness { get; init; }

    /// <summary>Contrast (<c>contrast</c>).</summary>
    public double? Contrast { get; init; }

    /// <summary>Gamma (<c>gamma</c>).</summary>
    public double? Gamma { get; init; }

    /// <summary>Saturation (<c>saturation</c>).</summary>
    public double? Saturation { get; init; }
}
