using System.Text.Json;

namespace Flora.Sdk.Testing.Server;

/// <summary>One refused changeset operation: the field (<c>add[0].type</c>), FLORA's machine-readable code and the message.</summary>
internal sealed record ChangesetError(string Field, string Code, string Message);

/// <summary>
/// A canvas changeset (<c>POST …/canvas/changeset</c>) read and checked as a whole against a canvas before anything
/// applies: add, update, connect, disconnect and remove operations, each naming nodes by short id, UUID or (for nodes
/// added by the same changeset) ref. <see cref="Errors"/> lists every cause; with none, <see cref="CanvasChangesetApply"/> applies it.
/// </summary>
internal sealed class CanvasChangeset
{
    private static readonly string[] s_ops = ["add", "update", "connect", "disconnect", "remove"];

    private CanvasChangeset(JsonElement body, CanvasModel canvas)
    {
        Body = body;
        Canvas = canvas;
    }

    public JsonElement Body { get; }

    public CanvasModel Canvas { get; }

    public List<ChangesetError> Errors { get; } = [];

    /// <summary>The add operations' refs and their types, in request order.</summary>
    public Dictionary<string, string> Refs { get; } = new(StringComparer.Ordinal);

    public static CanvasChangeset Read(JsonElement body, CanvasModel canvas)
    {
        var changeset = new CanvasChangeset(body, canvas);
        changeset.Check();
        return changeset;
    }

    /// <summary>The operations of <paramref name="op"/> (an empty list when absent).</summary>
    public List<JsonElement> Ops(string op) =>
        Body.TryGetProperty(op, out var list) && list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray()] : [];

    private void Check()
    {
        foreach (var property in Body.EnumerateObject())
        {
            if (!s_ops.Contains(property.Name))
            {
                Fail(property.Name, "unknown_field", $"{property.Name} is not a changeset operation; use add, update, connect, disconnect or remove.");
            }
            else if (property.Value.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
            {
                Fail(property.Name, "invalid_type", $"{property.Name} must be an array of operations.");
            }
        }

        if (s_ops.All(op => Ops(op).Count == 0) && Errors.Count == 0)
        {
            Fail("add", "empty_changeset", "The changeset has no operations: send at least one add, update, connect, disconnect or remove.");
        }

        ForEach("add", CheckAdd);
        ForEach("update", CheckUpdate);
        ForEach("connect", (op, field) => CheckEdge(op, field, allowRefs: true));
        ForEach("disconnect", (op, field) => CheckEdge(op, field, allowRefs: false));
        ForEach("remove", (op, field) => Live(op, "id", field));
    }

    private void ForEach(string op, Action<JsonElement, string> check)
    {
        var ops = Ops(op);
        for (var i = 0; i < ops.Count; i++)
        {
            var field = $"{op}[{i}]";
            if (ops[i].ValueKind != JsonValueKind.Object)
            {
                Fail(field, "invalid_type", $"{field} must be an object.");
                continue;
            }

            check(ops[i], field);
        }
    }

    private void CheckAdd(JsonElement op, string field)
    {
        var reference = String(op, "ref", field, required: true);
        var type = String(op, "type", field, required: true);
        if (type is not null && !CanvasTypes.AddTypes.Contains(type))
        {
            Fail($"{field}.type", "invalid_node_type", $"type must be one of {string.Join(", ", CanvasTypes.AddTypes)}.");
        }

        if (reference is not null)
        {
            if (Canvas.Find(reference) is not null || Refs.ContainsKey(reference))
            {
                Fail($"{field}.ref", "ref_conflict", $"ref '{reference}' collides with a live node id or another add's ref; choose another.");
            }
            else
            {
                Refs[reference] = type ?? string.Empty;
            }
        }

        var content = String(op, "content_url", field);
        if (content is not null)
        {
            if (!Uri.TryCreate(content, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            {
                Fail($"{field}.content_url", "invalid_content_url", "content_url must be an HTTPS URL.");
            }

            if (type is "text" or "group" or "layer_editor")
            {
                Fail($"{field}.content_url", "content_url_not_supported", $"content_url places image, video or audio; a {type} node takes none.");
            }

            if (op.TryGetProperty("prompt", out _) || op.TryGetProperty("model", out _) || op.TryGetProperty("params", out _))
            {
                Fail($"{field}.content_url", "conflicting_fields", "content_url is mutually exclusive with prompt, model and params.");
            }
        }

        if (String(op, "group", field) is { } group && !IsGroup(group))
        {
            Fail($"{field}.group", "group_not_found", $"'{group}' is not a group of this canvas nor the ref of a group this changeset adds.");
        }

        CheckSettings(op, field, type);
    }

    private void CheckUpdate(JsonElement op, string field)
    {
        if (Live(op, "id", field) is { } node)
        {
            if (Ops("update").Count(u => u.ValueKind == JsonValueKind.Object && Canvas.Find(CanvasNodes.Text(u, "id") ?? string.Empty) == node) > 1)
            {
                Fail($"{field}.id", "duplicate_update", $"'{node.ShortId}' is updated twice; send one update per node.");
            }

            CheckSettings(op, field, node.AgentType);
        }
    }

    private void CheckSettings(JsonElement op, string field, string? type)
    {
        String(op, "label", field);
        String(op, "prompt", field);
        if (String(op, "model", field) is { } model && type is not null && !CanvasModels.Knows(type, model))
        {
            Fail($"{field}.model", "model_not_found", $"'{model}' is not a {type} model; GET /models lists them.");
        }

        if (op.TryGetProperty("params", out var parameters) && parameters.ValueKind != JsonValueKind.Object)
        {
            Fail($"{field}.params", "invalid_type", "params must be an object.");
        }

        if (op.TryGetProperty("position", out var position)
            && !(position.ValueKind == JsonValueKind.Object
                 && position.TryGetProperty("x", out var x) && x.ValueKind == JsonValueKind.Number
                 && position.TryGetProperty("y", out var y) && y.ValueKind == JsonValueKind.Number))
        {
            Fail($"{field}.position", "invalid_position", "position must be {\"x\": number, \"y\": number}.");
        }
    }

    private void CheckEdge(JsonElement op, string field, bool allowRefs)
    {
        var from = allowRefs && Ref(op, "from") ? null : Live(op, "from", field);
        var to = allowRefs && Ref(op, "to") ? null : Live(op, "to", field);
        String(op, "in", field);
        if (from is not null && from == to)
        {
            Fail(field, "self_loop", "An edge cannot start and end at the same node.");
        }
    }

    private bool Ref(JsonElement op, string name) => CanvasNodes.Text(op, name) is { } id && Refs.ContainsKey(id);

    private bool IsGroup(string id) =>
        Canvas.Find(id) is { AgentType: "group" } || (Refs.TryGetValue(id, out var type) && type == "group");

    private CanvasNode? Live(JsonElement op, string name, string field)
    {
        if (String(op, name, field, required: true) is not { } id)
        {
            return null;
        }

        var node = Canvas.Find(id);
        if (node is null)
        {
            Fail($"{field}.{name}", "node_not_found", $"No node of this canvas answers to '{id}'; the graph lists short ids and UUIDs.");
        }

        return node;
    }

    private string? String(JsonElement op, string name, string field, bool required = false)
    {
        if (!op.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Fail($"{field}.{name}", "missing_field", $"{field}.{name} is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || (required && value.GetString()!.Length == 0))
        {
            Fail($"{field}.{name}", "invalid_type", $"{field}.{name} must be a non-empty string.");
            return null;
        }

        return value.GetString();
    }

    private void Fail(string field, string code, string message) => Errors.Add(new(field, code, message));
}
