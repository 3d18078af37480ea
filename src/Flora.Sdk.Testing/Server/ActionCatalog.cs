using System.Text.Json;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// An action input or output slot: its name, media type, whether it takes many connections (with bounds
/// <c>Min</c>/<c>Max</c>, null for none) and whether it may take none.
/// </summary>
internal sealed record ActionSlot(string Name, string Type, bool Multiple, int? Min, int? Max, bool Optional);

/// <summary>
/// An action parameter: its key, control type (<c>number</c>, <c>boolean</c>, <c>text</c>, <c>color</c>, <c>select</c>
/// with <see cref="Values"/>, or <c>vector2</c>/<c>vector3</c>/<c>range</c>, objects of the number <see cref="Fields"/>) and label.
/// </summary>
internal sealed record ActionParam(string Key, string Type, string Label, IReadOnlyList<string> Values, IReadOnlyList<string> Fields);

/// <summary>One prebuilt action.</summary>
internal sealed record ActionSpec(
    string ActionId, string Name, string Description, string Language, double ChargedCost,
    IReadOnlyList<ActionSlot> Inputs, IReadOnlyList<ActionSlot> Outputs, IReadOnlyList<ActionParam> Params);

/// <summary>
/// The 40 prebuilt actions of FLORA's TypeScript SDK 0.11.0, with the parameters its <c>ActionRunParams</c> variants type
/// (keys, labels from their doc comments, value sets). <c>ActionCatalog.json</c> holds them; its slots (which FLORA's SDK
/// does not type) follow each action's name: an image action takes and makes an image, <c>stitch-videos</c> takes many videos.
/// </summary>
internal static class ActionCatalog
{
    private static readonly Lazy<IReadOnlyList<ActionSpec>> s_all = new(Load);

    public static IReadOnlyList<ActionSpec> All => s_all.Value;

    public static ActionSpec? Find(string actionId) => All.FirstOrDefault(a => a.ActionId == actionId);

    private static IReadOnlyList<ActionSpec> Load()
    {
        using var stream = typeof(ActionCatalog).Assembly.GetManifestResourceStream("Flora.Sdk.Testing.ActionCatalog.json")
            ?? throw new InvalidOperationException("The action catalog resource is missing from Flora.Sdk.Testing.");
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.EnumerateArray().Select(a => new ActionSpec(
            a.GetProperty("action_id").GetString()!,
            a.GetProperty("name").GetString()!,
            a.GetProperty("description").GetString()!,
            a.GetProperty("language").GetString()!,
            a.GetProperty("charged_cost").GetDouble(),
            Slots(a.GetProperty("inputs")),
            Slots(a.GetProperty("outputs")),
            [.. a.GetProperty("params").EnumerateArray().Select(p => new ActionParam(
                p.GetProperty("key").GetString()!,
                p.GetProperty("type").GetString()!,
                p.GetProperty("label").GetString()!,
                Strings(p, "values"),
                Strings(p, "fields")))]))];
    }

    private static List<ActionSlot> Slots(JsonElement slots) => [.. slots.EnumerateArray().Select(s =>
    {
        var multiple = s.TryGetProperty("multiple", out var m) ? m : default;
        return new ActionSlot(
            s.GetProperty("name").GetString()!,
            s.GetProperty("type").GetString()!,
            multiple.ValueKind is JsonValueKind.True or JsonValueKind.Object,
            multiple.ValueKind == JsonValueKind.Object && multiple.TryGetProperty("min", out var min) ? min.GetInt32() : null,
            multiple.ValueKind == JsonValueKind.Object && multiple.TryGetProperty("max", out var max) ? max.GetInt32() : null,
            s.TryGetProperty("optional", out var optional) && optional.GetBoolean());
    })];

    private static string[] Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [];
}
