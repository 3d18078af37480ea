namespace Flora.Sdk.Testing.Server;

/// <summary>One technique input or output: FLORA's <c>{id, name, type, description?, optional?}</c>.</summary>
internal sealed record TechniqueSlot(string Id, string Name, string Type, string Description, bool Optional = false);

/// <summary>One technique of the emulator's catalog, and what a run of it makes.</summary>
internal sealed record TechniqueSpec(
    string TechniqueId, string Name, string Description, double RunCost, IReadOnlyList<TechniqueSlot> Inputs, IReadOnlyList<TechniqueSlot> Outputs)
{
    /// <summary>Whether every run of it fails (its id holds <c>fail</c>), for users testing their failure handling.</summary>
    public bool AlwaysFails => TechniqueId.Contains("fail", StringComparison.Ordinal);
}

/// <summary>
/// The techniques the emulator serves (fixed, in this order): ids start <c>tech_</c>; one takes an image and gives an
/// image, one gives text, and one always fails.
/// </summary>
internal static class TechniqueCatalog
{
    /// <summary>Takes an <c>imageUrl</c> and gives an <c>imageUrl</c>: the input's bytes, unchanged (see <see cref="RunOutputs"/>).</summary>
    public const string Upscale = "tech_emulator_upscale";

    /// <summary>Takes an <c>imageUrl</c> and gives <c>text</c>: a caption naming the SHA-256 of the input.</summary>
    public const string Caption = "tech_emulator_caption";

    /// <summary>Takes <c>text</c> and gives an <c>imageUrl</c> (an SVG derived from the prompt).</summary>
    public const string TextToImage = "tech_emulator_text_to_image";

    /// <summary>Every run of it ends <c>failed</c>.</summary>
    public const string AlwaysFails = "tech_emulator_always_fail";

    /// <summary>The error code of a run of <see cref="AlwaysFails"/> (and of the failing model's generations).</summary>
    public const string FailCode = "emulated_failure";

    public static IReadOnlyList<TechniqueSpec> All { get; } =
    [
        new(Upscale, "Upscale image (emulated)", "Gives the input image back as its output: the output's bytes are the input's.", 0.04,
            [
                new("image", "Image", "imageUrl", "The image to upscale: an https URL or an asset url of this emulator."),
                new("notes", "Notes", "text", "Free text, ignored.", Optional: true),
            ],
            [new("image", "Upscaled image", "imageUrl", "The input's bytes, with its content type.")]),
        new(Caption, "Caption image (emulated)", "Describes an image: the caption names the SHA-256 of the input's bytes (or of its URL).", 0.01,
            [new("image", "Image", "imageUrl", "The image to caption.")],
            [new("caption", "Caption", "text", "The caption; the run output's url holds the text.")]),
        new(TextToImage, "Text to image (emulated)", "Draws a prompt: an SVG that names the SHA-256 of the prompt.", 0.02,
            [new("prompt", "Prompt", "text", "What to draw.")],
            [new("image", "Image", "imageUrl", "An SVG image derived from the prompt.")]),
        new(AlwaysFails, "Always fails (emulated)", "Every run ends failed, to test failure handling.", 0,
            [new("prompt", "Prompt", "text", "Anything.", Optional: true)],
            [new("image", "Image", "imageUrl", "Never made.")]),
    ];

    public static TechniqueSpec? Find(string techniqueId) => All.FirstOrDefault(t => t.TechniqueId == techniqueId);
}
