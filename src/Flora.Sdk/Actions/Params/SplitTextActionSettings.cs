namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>split-text-browser</c> action (<see cref="SplitTextActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record SplitTextActionSettings
{
    /// <summary>Characters per Part (<c>chars_per_part</c>).</summary>
    public double? CharsPerPart { get; init; }

    /// <summary>Lines per Part (<c>lines_per_part</c>).</summary>
    public double? LinesPerPart { get; init; }

    /// <summary>Max Parts (<c>max_parts</c>).</summary>
    public double? MaxParts { get; init; }

    /// <summary>Separator (<c>separator</c>).</summary>
    public string? Separator { get; init; }

    /// <summary>Skip Empty Parts (<c>skip_empty</c>).</summary>
    public bool? SkipEmpty { get; init; }

    /// <summary>Split Mode (<c>split_mode</c>). One of <c>separator</c>, <c>paragraph</c>, <c>bullets</c>, <c>lines</c>, <c>charCount</c>.</summary>
    public string? SplitMode { get; init; }

    /// <summary>Trim Whitespace (<c>trim_parts</c>).</summary>
    public bool? TrimParts { get; init; }
}
