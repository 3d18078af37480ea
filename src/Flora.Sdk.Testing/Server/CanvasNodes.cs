using System.Text.Json;
using System.Text.Json.Nodes;

namespace Flora.Sdk.Testing.Server;

/// <summary>Sets up canvas nodes the way FLORA does: a generation node gets its modality's default model, a media node its output.</summary>
internal static class CanvasNodes
{
    /// <summary>
    /// Configures <paramref name="node"/> from a request's settings object (<c>content_url</c>, <c>model</c>, <c>prompt</c>,
    /// <c>params</c> / <c>model_parameters</c>, <c>aspect_ratio</c>, <c>resolution</c>); <paramref name="prompt"/> when the
    /// settings name none. A node with no content_url that generates gets its modality's default model when it names none.
    /// </summary>
    public static void Configure(CanvasNode node, JsonElement settings, string? prompt)
    {
        var hasSettings = settings.ValueKind == JsonValueKind.Object;
        if (hasSettings && Text(settings, "content_url") is { } content)
        {
            node.Data["content_url"] = content;
            node.Outputs["url"] = content;
            node.Outputs["type"] = node.AgentType == "static_image" ? "image" : node.AgentType;
            return;
        }

        if (hasSettings && Text(settings, "prompt") is { } given)
        {
            prompt = given;
        }

        if (prompt is not null)
        {
            node.Data["prompt"] = prompt;
        }

        var parameters = new JsonObject();
        foreach (var name in new[] { "params", "model_parameters" })
        {
            if (hasSettings && settings.TryGetProperty(name, out var values) && values.ValueKind == JsonValueKind.Object)
            {
                foreach (var value in values.EnumerateObject().Where(v => v.Name != "prompt"))
                {
                    parameters[value.Name] = JsonNode.Parse(value.Value.GetRawText());
                }
            }
        }

        foreach (var name in new[] { "aspect_ratio", "resolution" })
        {
            if (hasSettings && Text(settings, name) is { } value)
            {
                parameters[name] = value;
            }
        }

        if (parameters.Count > 0)
        {
            node.Data["params"] = parameters;
        }

        if (CanvasTypes.Generates(node))
        {
            SetModel(node, hasSettings ? Text(settings, "model") : null);
        }
    }

    /// <summary>Sets the node's model by name or id, or its modality's default model when <paramref name="model"/> is null.</summary>
    public static void SetModel(CanvasNode node, string? model)
    {
        var (modelId, name) = CanvasModels.Resolve(node.AgentType, model);
        node.Data["model"] = name;
        node.Data["model_id"] = modelId;
    }

    /// <summary>Merges <paramref name="values"/> key by key into the node's stored <c>params</c>; answers whether anything changed.</summary>
    public static bool MergeParams(CanvasNode node, JsonElement values)
    {
        var stored = node.Data["params"] as JsonObject ?? [];
        var changed = false;
        foreach (var value in values.EnumerateObject())
        {
            var next = JsonNode.Parse(value.Value.GetRawText());
            if (!JsonNode.DeepEquals(stored[value.Name], next))
            {
                stored[value.Name] = next;
                changed = true;
            }
        }

        node.Data["params"] = stored;
        return changed;
    }

    public static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
