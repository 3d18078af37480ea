namespace Flora.Sdk.Models;

/// <summary>One input or output of a <see cref="Technique"/>: its id, name and media type.</summary>
/// <remarks>Reading is lenient: a missing <c>id</c>, <c>name</c> or <c>type</c> reads as <c>""</c>.</remarks>
public sealed record TechniqueField : FloraObject
{
    private readonly string? _id;
    private readonly string? _name;
    private readonly string? _type;

    /// <summary>The field's id (<c>id</c>): the <see cref="TechniqueRunInput.Id"/> of an input, the <see cref="RunOutput.OutputId"/> of an output.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Id
    {
        get => _id ?? string.Empty;
        init => _id = value;
    }

    /// <summary>The field's display name (<c>name</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Name
    {
        get => _name ?? string.Empty;
        init => _name = value;
    }

    /// <summary>The field's media type (<c>type</c>): <c>imageUrl</c>, <c>videoUrl</c>, <c>audioUrl</c>, <c>documentUrl</c> or <c>text</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Type
    {
        get => _type ?? string.Empty;
        init => _type = value;
    }

    /// <summary>Whether a run may leave this input out (<c>optional</c>).</summary>
    public bool? Optional { get; init; }

    /// <summary>Whether the field takes or gives several values (<c>allow_multiple</c>).</summary>
    public bool? AllowMultiple { get; init; }

    /// <summary>Whether the field accepts a canvas element (<c>accepts_element</c>).</summary>
    public bool? AcceptsElement { get; init; }

    /// <summary>What the field is for (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>The aspect ratio the field expects or gives (<c>specified_aspect_ratio</c>), for example <c>16:9</c>.</summary>
    public string? SpecifiedAspectRatio { get; init; }

    /// <summary>The duration in seconds the field expects or gives (<c>specified_duration</c>).</summary>
    public double? SpecifiedDuration { get; init; }
}
