using System.Text.Json;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// Validates what starts a run as FLORA would: technique inputs (known ids, declared types, required ones present,
/// media URLs that are https or this emulator's own asset urls) and the <c>callback_url</c> (https, or http on loopback
/// only: the emulator's stand-in for FLORA's "must not resolve to a private host").
/// </summary>
internal static class RunInputs
{
    /// <summary>The nested route's <c>inputs: [{id, type, value}]</c>.</summary>
    public static List<ResolvedInput> FromArray(EmulatorState state, TechniqueSpec technique, JsonElement body, List<KeyValuePair<string, string>> errors)
    {
        var given = new List<(string Path, string? Id, string? Type, JsonElement Value)>();
        if (!body.TryGetProperty("inputs", out var inputs) || inputs.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new("inputs", "inputs is required: an array of {id, type, value}."));
            return [];
        }

        var index = 0;
        foreach (var item in inputs.EnumerateArray())
        {
            var path = $"inputs[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new(path, $"{path} must be an object {{id, type, value}}."));
                continue;
            }

            var id = RequestJson.OptionalString(item, "id", errors);
            var type = RequestJson.OptionalString(item, "type", errors);
            given.Add((path, id, type ?? string.Empty, item.TryGetProperty("value", out var value) ? value : default));
        }

        return Resolve(state, technique, given, errors);
    }

    /// <summary>The top-level route's <c>inputs: {id: value}</c>.</summary>
    public static List<ResolvedInput> FromObject(EmulatorState state, TechniqueSpec technique, JsonElement body, List<KeyValuePair<string, string>> errors)
    {
        if (!body.TryGetProperty("inputs", out var inputs) || inputs.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("inputs", "inputs is required: an object of input id to value."));
            return [];
        }

        return Resolve(state, technique, [.. inputs.EnumerateObject().Select(p => ($"inputs.{p.Name}", (string?)p.Name, (string?)null, p.Value))], errors);
    }

    /// <summary>Checks an optional <c>callback_url</c>: absolute, https, or http on a loopback host.</summary>
    public static Uri? CallbackUrl(JsonElement body, List<KeyValuePair<string, string>> errors)
    {
        if (RequestJson.OptionalString(body, "callback_url", errors) is not { } text)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && LoopbackHost.IsLoopback(url.Authority))))
        {
            return url;
        }

        errors.Add(new("callback_url", "callback_url must be an https URL (the emulator also takes http on a loopback host: localhost, 127.x.y.z, [::1])."));
        return null;
    }

    private static List<ResolvedInput> Resolve(
        EmulatorState state, TechniqueSpec technique, List<(string Path, string? Id, string? Type, JsonElement Value)> given, List<KeyValuePair<string, string>> errors)
    {
        var resolved = new List<ResolvedInput>();
        var known = string.Join(", ", technique.Inputs.Select(i => i.Id));
        foreach (var (path, id, type, value) in given)
        {
            var slot = technique.Inputs.FirstOrDefault(i => i.Id == id);
            if (slot is null)
            {
                errors.Add(new(path, $"'{id}' is not an input of {technique.TechniqueId}; its inputs are: {known}."));
                continue;
            }

            if (resolved.Exists(r => r.Id == id))
            {
                errors.Add(new(path, $"Input '{id}' is given twice."));
                continue;
            }

            if (type is not null && type != slot.Type)
            {
                errors.Add(new(path, $"Input '{id}' is of type {slot.Type}, not '{type}'."));
                continue;
            }

            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                errors.Add(new(path, $"Input '{id}' needs a non-empty string value."));
                continue;
            }

            var text = value.GetString()!;
            AssetRecord? asset = null;
            if (slot.Type != "text" && !TryMedia(state, text, out asset, out var problem))
            {
                errors.Add(new(path, $"Input '{id}' ({slot.Type}): {problem}"));
                continue;
            }

            resolved.Add(new ResolvedInput(slot.Id, slot.Type, text, asset));
        }

        foreach (var missing in technique.Inputs.Where(i => !i.Optional && !given.Exists(g => g.Id == i.Id)))
        {
            errors.Add(new("inputs", $"Input '{missing.Id}' ({missing.Type}) of {technique.TechniqueId} is required."));
        }

        return resolved;
    }

    /// <summary>An https URL (not fetched), or an http url of one of this emulator's ready assets.</summary>
    private static bool TryMedia(EmulatorState state, string text, out AssetRecord? asset, out string problem)
    {
        asset = null;
        problem = string.Empty;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            problem = "the value must be an absolute URL.";
            return false;
        }

        if (url.Scheme == Uri.UriSchemeHttps)
        {
            return true;
        }

        var prefix = state.Origin + "/files/";
        if (url.Scheme != Uri.UriSchemeHttp || !text.StartsWith(prefix, StringComparison.Ordinal))
        {
            problem = "the URL must be https, or an asset url of this emulator (http on loopback).";
            return false;
        }

        var assetId = text[prefix.Length..].Split('/')[0];
        asset = state.Find(assetId);
        if (asset is null || asset.Url != text)
        {
            problem = "no asset of this emulator has this url.";
            return false;
        }

        if (asset.Status != AssetRecord.Ready)
        {
            problem = $"asset '{assetId}' is {asset.Status}, not ready; wait until it is ready.";
            return false;
        }

        return true;
    }
}
