using System.Security.Cryptography;
using System.Text;

namespace Flora.Sdk.Testing.Server;

/// <summary>A technique input as accepted: its id, type and value, and the emulator asset its URL names, if any.</summary>
internal sealed record ResolvedInput(string Id, string Type, string Value, AssetRecord? Asset);

/// <summary>
/// What a run makes, derived from its inputs only, so a test can predict it:
/// <list type="bullet">
/// <item><see cref="TechniqueCatalog.Upscale"/>: the input asset's stored bytes and content type, unchanged; for an input
/// with no stored bytes (an https URL), the SVG of the URL.</item>
/// <item>an SVG (<c>image/svg+xml</c>) for an image made from text: <c>&lt;desc&gt;sha256:HEX&lt;/desc&gt;</c> with the
/// SHA-256 of the prompt (see <see cref="Svg"/>).</item>
/// <item>video and audio generations: a text header naming the SHA-256 of the prompt, as <c>video/mp4</c> or <c>audio/mpeg</c>.</item>
/// <item>text outputs carry their text in <c>url</c>: the caption names the input's SHA-256 (of its bytes, else of its URL).</item>
/// </list>
/// Bytes are written (and served at the output's url) only with <see cref="FloraEmulatorOptions.StoreUploads"/>.
/// </summary>
internal static class RunOutputs
{
    public static List<RunOutputRecord> ForTechnique(EmulatorState state, string runId, TechniqueSpec technique, IReadOnlyList<ResolvedInput> inputs)
    {
        var first = inputs.FirstOrDefault(i => i.Type != "text") ?? (inputs.Count > 0 ? inputs[0] : null);
        return technique.TechniqueId switch
        {
            TechniqueCatalog.Upscale when first?.Asset is { ContentPath: { } path } asset =>
                [Copy(state, runId, "image", path, asset.UploadContentType ?? asset.ContentType ?? "application/octet-stream")],
            TechniqueCatalog.Upscale => [Write(state, runId, "image", "imageUrl", "image/svg+xml", Svg(first?.Value ?? string.Empty))],
            TechniqueCatalog.Caption => [new RunOutputRecord("caption", "text", "Emulated caption of an image with sha256 " + Sha256Of(first), null, null)],
            _ => [Write(state, runId, "image", "imageUrl", "image/svg+xml", Svg(inputs.FirstOrDefault(i => i.Id == "prompt")?.Value ?? string.Empty))],
        };
    }

    public static List<RunOutputRecord> ForGeneration(EmulatorState state, string runId, ModelSpec model, string prompt) => model.Type switch
    {
        "text" => [new RunOutputRecord("text", "text", "Emulated text for the prompt with sha256 " + Hex(prompt), null, null)],
        "image" => [Write(state, runId, "image", "imageUrl", "image/svg+xml", Svg(prompt))],
        _ => [Write(state, runId, model.Type, model.OutputType, model.Type == "video" ? "video/mp4" : "audio/mpeg",
            Encoding.UTF8.GetBytes($"FLORA emulator {model.Type} output\nsha256:{Hex(prompt)}\n"))],
    };

    /// <summary>
    /// An action run's outputs, one per output slot of the action: an SVG for an image (from the SHA-256 of the action id
    /// and its inputs), a text header for video and audio, and for text the text itself.
    /// </summary>
    public static List<RunOutputRecord> ForAction(EmulatorState state, string runId, ActionSpec action, string inputs)
    {
        var seed = action.ActionId + "\n" + inputs;
        return [.. action.Outputs.Select(slot => slot.Type switch
        {
            "text" => new RunOutputRecord(slot.Name, "text", $"Emulated {action.ActionId} output for inputs with sha256 {Hex(seed)}", null, null),
            "image" => Write(state, runId, slot.Name, "imageUrl", "image/svg+xml", Svg(seed)),
            _ => Write(state, runId, slot.Name, slot.Type + "Url", slot.Type == "video" ? "video/mp4" : "audio/mpeg",
                Encoding.UTF8.GetBytes($"FLORA emulator {slot.Type} output of {action.ActionId}\nsha256:{Hex(seed)}\n")),
        })];
    }

    /// <summary>The SVG made from <paramref name="seed"/>: 64×64, filled with a color from its hash, naming the hash.</summary>
    public static byte[] Svg(string seed)
    {
        var hex = Hex(seed);
        return Encoding.UTF8.GetBytes(
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\"><desc>sha256:{hex}</desc><rect width=\"64\" height=\"64\" fill=\"#{hex[..6]}\"/></svg>");
    }

    /// <summary>The lowercase hex SHA-256 of <paramref name="text"/>'s UTF-8 bytes.</summary>
    public static string Hex(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    private static string Sha256Of(ResolvedInput? input) => input?.Asset?.Sha256 ?? Hex(input?.Value ?? string.Empty);

    private static RunOutputRecord Copy(EmulatorState state, string runId, string outputId, string sourcePath, string contentType)
    {
        var path = FilePath(state, runId, outputId);
        if (path is not null)
        {
            File.Copy(sourcePath, path);
        }

        return new RunOutputRecord(outputId, "imageUrl", Url(state, runId, outputId, contentType), path, contentType);
    }

    private static RunOutputRecord Write(EmulatorState state, string runId, string outputId, string type, string contentType, byte[] bytes)
    {
        var path = FilePath(state, runId, outputId);
        if (path is not null)
        {
            using var file = EmulatorState.CreateContentFile(path, 4096);
            file.Write(bytes);
        }

        return new RunOutputRecord(outputId, type, Url(state, runId, outputId, contentType), path, contentType);
    }

    private static string? FilePath(EmulatorState state, string runId, string outputId) =>
        state.Options.StoreUploads ? Path.Combine(state.ContentDirectory, $"{runId}_{outputId}") : null;

    private static string Url(EmulatorState state, string runId, string outputId, string contentType) =>
        $"{state.Origin}/outputs/{runId}/{outputId}{ContentTypeMap.Extension(contentType)}";
}
