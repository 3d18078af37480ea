namespace Flora.Sdk.Models;

// The small nested objects FLORA's run answers carry ({"technique": {...}}, {"model": {...}}, {"action": {...}}). The
// public records flatten them into plain properties; these are only their wire shape.

/// <summary>The wire shape of a nested <c>technique</c> object.</summary>
internal sealed record TechniqueRef(string? TechniqueId, string? Name)
{
    public static TechniqueRef? From(string? techniqueId, string? name) =>
        techniqueId is null && name is null ? null : new(techniqueId, name);
}

/// <summary>The wire shape of a nested <c>model</c> object.</summary>
internal sealed record ModelRef(string? ModelId)
{
    public static ModelRef? From(string? modelId) => modelId is null ? null : new(modelId);
}

/// <summary>The wire shape of a nested <c>action</c> object.</summary>
internal sealed record ActionRef(string? ActionId)
{
    public static ActionRef? From(string? actionId) => actionId is null ? null : new(actionId);
}
