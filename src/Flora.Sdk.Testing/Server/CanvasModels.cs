namespace Flora.Sdk.Testing.Server;

/// <summary>The models canvas nodes name (the emulator's <see cref="ModelCatalog"/>): by id or name, or the default of the node's modality.</summary>
internal static class CanvasModels
{
    /// <summary>The model id and name for <paramref name="model"/> (a name or id), or the modality's default when it is null.</summary>
    public static (string? ModelId, string Name) Resolve(string agentType, string? model)
    {
        var spec = model is null ? ModelCatalog.DefaultFor(agentType) : Find(agentType, model);
        return spec is null ? (null, model!) : (spec.ModelId, spec.Name);
    }

    /// <summary>Whether <paramref name="model"/> names (by id or name) a model of <paramref name="agentType"/>.</summary>
    public static bool Knows(string agentType, string model) => Find(agentType, model) is not null;

    private static ModelSpec? Find(string agentType, string model) =>
        ModelCatalog.All.FirstOrDefault(m => m.Type == agentType && (m.ModelId == model || string.Equals(m.Name, model, StringComparison.OrdinalIgnoreCase)));
}
