namespace Flora.Sdk.Models;

/// <summary>
/// One input of a technique run (wire <c>{"id", "type", "value"}</c>): a text, or the URL of an image or a video. Make
/// one with <see cref="Text"/> or <see cref="FromAsset"/>.
/// </summary>
public sealed record TechniqueRunInput
{
    /// <summary>The technique input this fills (<c>id</c>): a <see cref="TechniqueField.Id"/> of <see cref="Technique.Inputs"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The value's type (<c>type</c>): <c>text</c>, <c>imageUrl</c> or <c>videoUrl</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The value (<c>value</c>): the text, or the media's URL.</summary>
    public required string Value { get; init; }

    /// <summary>A text input.</summary>
    /// <param name="id">The technique input's id.</param>
    /// <param name="text">The text.</param>
    /// <returns>The input, of type <c>text</c>.</returns>
    /// <exception cref="ArgumentException">The id is blank, or the text is null.</exception>
    public static TechniqueRunInput Text(string id, string text)
    {
        TechniqueRunInputRules.InputId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(text);
        return new() { Id = id, Type = "text", Value = text };
    }

    /// <summary>
    /// An input from an uploaded asset: <c>imageUrl</c> for an <c>image/*</c> asset, <c>videoUrl</c> for a
    /// <c>video/*</c> one, with the asset's URL as the value.
    /// </summary>
    /// <param name="id">The technique input's id.</param>
    /// <param name="asset">The asset; it must be <c>ready</c>, with an https <see cref="Asset.Url"/> (plain http only on a loopback host, as a local emulator serves).</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentException">
    /// The id is blank, or the asset is not ready, has no usable URL, or is neither an image nor a video; nothing is sent.
    /// </exception>
    public static TechniqueRunInput FromAsset(string id, Asset asset)
    {
        TechniqueRunInputRules.InputId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(asset);
        var (type, url) = TechniqueRunInputRules.AssetValue(asset, nameof(asset));
        return new() { Id = id, Type = type, Value = url };
    }
}
