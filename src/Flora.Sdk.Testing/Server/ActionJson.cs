using System.Text.Json;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// Writes actions in the shape of FLORA's TypeScript SDK 0.11.0 (<c>ActionListResponse.Action</c>, the same as
/// <c>ActionRetrieveResponse</c>) and checks action parameters against an action's declared ones.
/// </summary>
internal static class ActionJson
{
    public static void Write(Utf8JsonWriter w, ActionSpec action)
    {
        w.WriteStartObject();
        w.WriteString("action_id", action.ActionId);
        w.WriteNumber("charged_cost", action.ChargedCost);
        w.WriteString("description", action.Description);
        WriteSlots(w, "inputs", action.Inputs);
        w.WriteString("language", action.Language);
        w.WriteString("name", action.Name);
        WriteSlots(w, "outputs", action.Outputs);
        w.WriteStartArray("params");
        foreach (var param in action.Params)
        {
            w.WriteStartObject();
            w.WriteString("key", param.Key);
            w.WriteString("type", param.Type);
            w.WriteString("label", param.Label);
            if (param.Values.Count > 0)
            {
                w.WriteStartArray("available_values");
                foreach (var value in param.Values)
                {
                    w.WriteStartObject();
                    w.WriteString("label", value);
                    w.WriteString("value", value);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// Checks <paramref name="parameters"/> (the <c>params</c> object of a request) against <paramref name="action"/>'s
    /// declared parameters: every key declared, every value of its declared type. Adds one error per bad key.
    /// </summary>
    public static void CheckParams(ActionSpec action, JsonElement parameters, string field, List<KeyValuePair<string, string>> errors)
    {
        if (parameters.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (parameters.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(field, $"{field} must be an object of the action's parameters."));
            return;
        }

        foreach (var property in parameters.EnumerateObject())
        {
            var name = $"{field}.{property.Name}";
            if (action.Params.FirstOrDefault(p => p.Key == property.Name) is not { } param)
            {
                errors.Add(new(name, $"{property.Name} is not a parameter of {action.ActionId}; GET /actions/{action.ActionId} lists its params."));
            }
            else if (Problem(param, property.Value) is { } problem)
            {
                errors.Add(new(name, $"{name} {problem}."));
            }
        }
    }

    private static string? Problem(ActionParam param, JsonElement value) => param.Type switch
    {
        "number" => value.ValueKind == JsonValueKind.Number ? null : "must be a number",
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : "must be true or false",
        "select" => value.ValueKind == JsonValueKind.String && param.Values.Contains(value.GetString()!)
            ? null
            : "must be one of " + string.Join(", ", param.Values),
        "vector2" or "vector3" or "range" => value.ValueKind == JsonValueKind.Object
            && param.Fields.All(f => value.TryGetProperty(f, out var n) && n.ValueKind == JsonValueKind.Number)
            && value.EnumerateObject().All(p => param.Fields.Contains(p.Name))
                ? null
                : $"must be an object of the numbers {string.Join(", ", param.Fields)}",
        _ => value.ValueKind == JsonValueKind.String ? null : "must be a string",
    };

    private static void WriteSlots(Utf8JsonWriter w, string name, IReadOnlyList<ActionSlot> slots)
    {
        w.WriteStartArray(name);
        foreach (var slot in slots)
        {
            w.WriteStartObject();
            w.WriteString("name", slot.Name);
            w.WriteString("type", slot.Type);
            if (slot.Multiple)
            {
                // dynamic is FLORA's deprecated alias of multiple, mirrored for old readers.
                w.WriteBoolean("dynamic", true);
                if (slot.Min is null && slot.Max is null)
                {
                    w.WriteBoolean("multiple", true);
                }
                else
                {
                    w.WriteStartObject("multiple");
                    if (slot.Max is { } max)
                    {
                        w.WriteNumber("max", max);
                    }

                    if (slot.Min is { } min)
                    {
                        w.WriteNumber("min", min);
                    }

                    w.WriteEndObject();
                }
            }

            if (slot.Optional)
            {
                w.WriteBoolean("optional", true);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
