namespace Flora.Sdk.Models;

/// <summary>One output of a run: a file at a URL, or a text.</summary>
/// <remarks>Reading is lenient: a field a server leaves out reads as <c>""</c>.</remarks>
public sealed record RunOutput : FloraObject
{
    private readonly string? _outputId;
    private readonly string? _type;
    private readonly string? _url;

    /// <summary>The output's id (<c>output_id</c>), matching one of the technique's outputs.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string OutputId
    {
        get => _outputId ?? string.Empty;
        init => _outputId = value;
    }

    /// <summary>The output's media type (<c>type</c>): <c>imageUrl</c>, <c>videoUrl</c>, <c>audioUrl</c>, <c>documentUrl</c> or <c>text</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Type
    {
        get => _type ?? string.Empty;
        init => _type = value;
    }

    /// <summary>The output's URL (<c>url</c>); for a <c>text</c> output, the text itself.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Url
    {
        get => _url ?? string.Empty;
        init => _url = value;
    }
}
