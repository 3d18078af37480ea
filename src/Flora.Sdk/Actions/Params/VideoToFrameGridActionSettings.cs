namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>video-to-frame-grid</c> action (<see cref="VideoToFrameGridActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record VideoToFrameGridActionSettings
{
    /// <summary>Background Color (<c>background</c>).</summary>
    public string? Background { get; init; }

    /// <summary>Cell Width (px) (<c>cell_width</c>).</summary>
    public double? CellWidth { get; init; }

    /// <summary>Columns (<c>cols</c>).</summary>
    public double? Cols { get; init; }

    /// <summary>Gap Between Cells (px) (<c>gap</c>).</summary>
    public double? Gap { get; init; }

    /// <summary>Rows (<c>rows</c>).</summary>
    public double? Rows { get; init; }
}
