namespace Flora.Sdk.Models;

/// <summary>One input of an action run (<c>inputs[]</c>): media by URL, or text.</summary>
public sealed record ActionInput
{
    /// <summary>The input's kind (<c>type</c>): <c>image</c>, <c>video</c>, <c>audio</c> or <c>text</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The input slot's name (<c>name</c>), when the action has more than one slot of a kind.</summary>
    public string? Name { get; init; }

    /// <summary>The input's text (<c>text</c>), for a <c>text</c> input.</summary>
    public string? Text { get; init; }

    /// <summary>The input media's URL (<c>url</c>), for an image, video or audio input.</summary>
    public string? Url { get; init; }

    /// <summary>An image input read from <paramref name="url"/>.</summary>
    /// <param name="url">Where FLORA reads the image, for example an asset's URL.</param>
    /// <param name="name">The input slot's name, or <see langword="null"/>.</param>
    /// <returns>The input.</returns>
    public static ActionInput Image(string url, string? name = null) => new() { Type = "image", Url = url, Name = name };

    /// <summary>A video input read from <paramref name="url"/>.</summary>
    /// <param name="url">Where FLORA reads the video.</param>
    /// <param name="name">The input slot's name, or <see langword="null"/>.</param>
    /// <returns>The input.</returns>
    public static ActionInput Video(string url, string? name = null) => new() { Type = "video", Url = url, Name = name };

    /// <summary>An audio input read from <paramref name="url"/>.</summary>
    /// <param name="url">Where FLORA reads the audio.</param>
    /// <param name="name">The input slot's name, or <see langword="null"/>.</param>
    /// <returns>The input.</returns>
    public static ActionInput Audio(string url, string? name = null) => new() { Type = "audio", Url = url, Name = name };

    /// <summary>A text input.</summary>
    /// <param name="text">The text.</param>
    /// <param name="name">The input slot's name, or <see langword="null"/>.</param>
    /// <returns>The input.</returns>
    public static ActionInput FromText(string text, string? name = null) => new() { Type = "text", Text = text, Name = name };
}
