using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// <c>GET /actions</c> (the 40 prebuilt actions, not paged), <c>GET /actions/{id}</c> and <c>POST /runs/action</c> (a
/// headless action run, which touches no canvas), in FLORA's TypeScript SDK 0.11.0 shapes.
/// </summary>
internal sealed class ActionEndpoints(EmulatorState state) : IEmulatorEndpoints
{
    private static readonly string[] s_inputTypes = ["image", "video", "audio", "text"];

    public void Map(EmulatorRoutes routes)
    {
        routes.Get("/actions", EmulatorRoute.ListActions, _ => List());
        routes.Get("/actions/{actionId}", EmulatorRoute.RetrieveAction, c => Retrieve(c.Arg("actionId")));
        routes.Post("/runs/action", EmulatorRoute.StartActionRun, RunAsync);
    }

    public static EmulatorResult List() => EmulatorResult.Json(200, w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("actions");
        foreach (var action in ActionCatalog.All)
        {
            ActionJson.Write(w, action);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static EmulatorResult Retrieve(string actionId) =>
        ActionCatalog.Find(actionId) is { } action ? EmulatorResult.Json(200, w => ActionJson.Write(w, action)) : UnknownAction(actionId);

    /// <summary>404 for an action id FLORA does not have; action ids are raw slugs such as <c>rotate-image-browser</c>.</summary>
    internal static EmulatorResult UnknownAction(string actionId) =>
        EmulatorResult.NotFound($"Action '{actionId}' was not found; action ids are raw slugs such as rotate-image-browser (GET /actions lists them).");

    public Task<EmulatorResult> RunAsync(HttpContext context) => RequestJson.WithObjectAsync(context, (body, errors) =>
    {
        var actionId = RequestJson.OptionalString(body, "action_id", errors);
        var workspaceId = RequestJson.OptionalString(body, "workspace_id", errors);
        var projectId = RequestJson.OptionalString(body, "project_id", errors);
        if (string.IsNullOrEmpty(actionId) && errors.Count == 0)
        {
            errors.Add(new("action_id", "action_id is required: a raw action slug such as rotate-image-browser."));
        }

        if ((workspaceId is null || !CreateFields.IsId(workspaceId, "ws_")) && !errors.Any(e => e.Key == "workspace_id"))
        {
            errors.Add(new("workspace_id", "workspace_id is required and must start with ws_; take it from GET /workspaces."));
        }

        if ((projectId is null || !CreateFields.IsId(projectId, "prj_")) && !errors.Any(e => e.Key == "project_id"))
        {
            errors.Add(new("project_id", "project_id is required and must start with prj_; take it from GET /projects."));
        }

        CheckInputs(body, errors);
        var action = actionId is null ? null : ActionCatalog.Find(actionId);
        if (action is null && actionId is { Length: > 0 })
        {
            return UnknownAction(actionId);
        }

        if (action is not null && body.TryGetProperty("params", out var parameters))
        {
            ActionJson.CheckParams(action, parameters, "params", errors);
        }

        if (errors.Count > 0)
        {
            return EmulatorResult.Validation("The action run was not started: " + errors[0].Value, errors);
        }

        lock (state.Gate)
        {
            return CanvasRuns.StartAction(state, context, action!, workspaceId!, projectId!, body.GetProperty("inputs").GetRawText(), null);
        }
    });

    /// <summary>Direct runs read their inputs from URLs and text: at least one, each with a type and its url (or text).</summary>
    private static void CheckInputs(JsonElement body, List<KeyValuePair<string, string>> errors)
    {
        if (!body.TryGetProperty("inputs", out var inputs) || inputs.ValueKind != JsonValueKind.Array || inputs.GetArrayLength() == 0)
        {
            errors.Add(new("inputs", "inputs is required and must not be empty: [{\"type\": \"image\", \"url\": \"https://…\"}]."));
            return;
        }

        var i = 0;
        foreach (var input in inputs.EnumerateArray())
        {
            var field = $"inputs[{i++}]";
            var type = input.ValueKind == JsonValueKind.Object ? CanvasNodes.Text(input, "type") : null;
            if (type is null || !s_inputTypes.Contains(type))
            {
                errors.Add(new(field + ".type", $"{field}.type must be one of image, video, audio, text."));
            }
            else if (type == "text" ? CanvasNodes.Text(input, "text") is null : !IsUrl(CanvasNodes.Text(input, "url")))
            {
                errors.Add(type == "text"
                    ? new(field + ".text", $"{field}.text is required for a text input.")
                    : new(field + ".url", $"{field}.url is required for a {type} input: an http(s) URL of the media."));
            }
        }
    }

    private static bool IsUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
}
