namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>change-image-ar-browser</c> action (<see cref="ChangeImageAspectRatioActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record ChangeImageAspectRatioActionSettings
{
    /// <summary>Aspect Ratio (<c>aspect_ratio</c>). One of <c>1:1</c>, <c>16:9</c>, <c>9:16</c>, <c>4:3</c>, <c>3:4</c>, <c>3:2</c>, <c>2:3</c>, <c>21:9</c>.</summary>
    public string? AspectRatio { get; init; }

    /// <summary>Background (<c>background_mode</c>). One of <c>solid</c>, <c>blur</c>.</summary>
    public string? BackgroundMode { get; init; }

    /// <summary>Blur Amount (<c>blur_amount</c>).</summary>
    public double? BlurAmount { get; init; }

    /// <summary>Fit (<c>fit</c>). One of <c>crop</c>, <c>pad</c>.</summary>
    public string? Fit { get; init; }

    /// <summary>Pad Color (<c>pad_color</c>).</summary>
    public string? PadColor { get; init; }
}
