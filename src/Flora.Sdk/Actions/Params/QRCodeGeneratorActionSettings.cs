namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>qr-code-generator-browser</c> action (<see cref="QRCodeGeneratorActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record QRCodeGeneratorActionSettings
{
    /// <summary>Background Color (<c>bg_color</c>).</summary>
    public string? BgColor { get; init; }

    /// <summary>Quiet-Zone Border (modules) (<c>border</c>).</summary>
    public double? Border { get; init; }

    /// <summary>Error Correction (<c>error_correction</c>). One of <c>L</c>, <c>M</c>, <c>Q</c>, <c>H</c>.</summary>
    public string? ErrorCorrection { get; init; }

    /// <summary>Foreground Color (<c>fg_color</c>).</summary>
    public string? FgColor { get; init; }

    /// <summary>Size (px) (<c>size</c>).</summary>
    public double? Size { get; init; }
}
