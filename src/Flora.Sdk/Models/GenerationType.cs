namespace Flora.Sdk.Models;

/// <summary>The kinds of media a generation makes (<see cref="GenerationCreateParams.Type"/>, <see cref="ModelListParams.Type"/>).</summary>
public static class GenerationType
{
    /// <summary>An image (<c>image</c>).</summary>
    public const string Image = "image";

    /// <summary>A video (<c>video</c>).</summary>
    public const string Video = "video";

    /// <summary>Audio (<c>audio</c>).</summary>
    public const string Audio = "audio";

    /// <summary>A text (<c>text</c>).</summary>
    public const string Text = "text";
}
