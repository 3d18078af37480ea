namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>find-and-replace-text-browser</c> action (<see cref="FindAndReplaceTextActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record FindAndReplaceTextActionSettings
{
    /// <summary>Case Sensitive (<c>case_sensitive</c>).</summary>
    public bool? CaseSensitive { get; init; }

    /// <summary>Find (<c>find</c>).</summary>
    public string? Find { get; init; }

    /// <summary>Replace With (<c>replace</c>).</summary>
    public string? Replace { get; init; }

    /// <summary>Replace All Occurrences (<c>replace_all</c>).</summary>
    public bool? ReplaceAll { get; init; }

    /// <summary>Whole Word Only (<c>whole_word</c>).</summary>
    public bool? WholeWord { get; init; }
}
