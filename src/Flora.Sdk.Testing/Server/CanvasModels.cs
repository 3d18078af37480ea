namespace Flora.Sdk.Testing.Server;

/// <summary>The models canvas nodes name: a model name or endpoint id, or the default of the node's modality.</summary>
internal static class CanvasModels
{
    /// <summary>The model id and name for <paramref name="model"/> (a name or id), or the modality's default; null model id when unknown.</summary>
    public static (string? ModelId, string Name) Resolve(string agentType, string? model) =>
        model is null ? ($"emulator-{agentType}", $"Emulator {agentType}") : (model, model);

    /// <summary>Whether <paramref name="model"/> names a model of <paramref name="agentType"/>.</summary>
    public static bool Knows(string agentType, string model) => model.Length > 0 && agentType.Length > 0;
}
