namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>concat-text-browser</c> action (<see cref="ConcatTextActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record ConcatTextActionSettings
{
    /// <summary>Add Input Name Headers (<c>add_headers</c>).</summary>
    public bool? AddHeaders { get; init; }

    /// <summary>Prefix (<c>prefix</c>).</summary>
    public string? Prefix { get; init; }

    /// <summary>Separator (<c>separator</c>).</summary>
    public string? Separator { get; init; }

    /// <summary>Skip Empty Parts (<c>skip_empty</c>).</summary>
    public bool? SkipEmpty { get; init; }

    /// <summary>Suffix (<c>suffix</c>).</summary>
    public string? Suffix { get; init; }

    /// <summary>Trim Each Part (<c>trim_parts</c>).</summary>
    public bool? TrimParts { get; init; }

    /// <summary>Wrap Each Part (<c>wrap_each_part</c>).</summary>
    public bool? WrapEachPart { get; init; }
}
