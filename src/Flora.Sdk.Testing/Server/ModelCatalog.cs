namespace Flora.Sdk.Testing.Server;

/// <summary>One generation parameter a model takes: FLORA's <c>{name, type, required, label?, default?, min?, max?, options?}</c>.</summary>
internal sealed record ModelParam(string Name, string Type, bool Required, string Label, object? Default = null, double? Min = null, double? Max = null, IReadOnlyList<string>? Options = null);

/// <summary>One model of the emulator's catalog.</summary>
internal sealed record ModelSpec(
    string ModelId, string Name, string Type, string Provider, IReadOnlyList<string> Capabilities, double EstimatedCredits, double EstimatedSeconds, IReadOnlyList<ModelParam> Params)
{
    /// <summary>Whether every generation with it fails (its id holds <c>fail</c>).</summary>
    public bool AlwaysFails => ModelId.Contains("fail", StringComparison.Ordinal);

    /// <summary>The run output type its generations give.</summary>
    public string OutputType => Type == "text" ? "text" : Type + "Url";
}

/// <summary>The models the emulator serves (fixed): one or more per FLORA type, and one image model that always fails.</summary>
internal static class ModelCatalog
{
    public const string Image = "emulator-image";
    public const string Video = "emulator-video";
    public const string Audio = "emulator-audio";
    public const string Text = "emulator-text";
    public const string AlwaysFails = "emulator-image-always-fail";

    private static readonly ModelParam s_aspect = new("aspect_ratio", "string", false, "Aspect ratio", "1:1", Options: ["1:1", "16:9", "9:16"]);
    private static readonly ModelParam s_seed = new("seed", "seed", false, "Seed");
    private static readonly ModelParam s_duration = new("duration", "int", false, "Duration (s)", 5, 1, 10);

    public static IReadOnlyList<ModelSpec> All { get; } =
    [
        new(Image, "Emulator Image", "image", "emulator", ["text-to-image"], 1, 2, [s_aspect, s_seed]),
        new(Video, "Emulator Video", "video", "emulator", ["text-to-video"], 10, 30, [s_aspect, s_duration]),
        new(Audio, "Emulator Audio", "audio", "emulator", ["text-to-audio"], 2, 5, [s_duration]),
        new(Text, "Emulator Text", "text", "emulator", ["text-generation"], 1, 1, [new("temperature", "float", false, "Temperature", 1.0, 0, 2)]),
        new(AlwaysFails, "Emulator Image (always fails)", "image", "emulator", ["text-to-image"], 1, 2, [s_seed]),
    ];

    public static readonly IReadOnlyList<string> Types = ["image", "video", "audio", "text"];

    public static ModelSpec? Find(string modelId) => All.FirstOrDefault(m => m.ModelId == modelId);

    /// <summary>The model a generation of <paramref name="type"/> uses when it names none: the first of that type.</summary>
    public static ModelSpec DefaultFor(string type) => All.First(m => m.Type == type);
}
