using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary><c>POST /generate</c> and <c>POST /runs/generation</c> (the same body and answer), and <c>GET /generations</c>.</summary>
internal sealed class GenerationEndpoints(EmulatorState state) : IEmulatorEndpoints
{
    public void Map(EmulatorRoutes routes)
    {
        routes.Post("/generate", EmulatorRoute.CreateGeneration, CreateAsync);
        routes.Post("/runs/generation", EmulatorRoute.StartGenerationRun, CreateAsync);
        routes.Get("/generations", EmulatorRoute.ListGenerations, c => RunPaging.Page(state, c.Request.Query, "generations",
            state.Runs.Newest(RunRecord.Generation), _ => true, (w, r) => RunJson.WriteGenerationItem(w, r, state)));
    }

    /// <summary><c>{workspace_id, project_id, type, prompt, model?, params?, callback_url?}</c>; answers the start shape with <c>model</c>.</summary>
    public Task<EmulatorResult> CreateAsync(HttpContext context) => RequestJson.WithObjectAsync(context, (body, errors) =>
    {
        var workspaceId = RequestJson.OptionalString(body, "workspace_id", errors);
        var projectId = RequestJson.OptionalString(body, "project_id", errors);
        var type = RequestJson.OptionalString(body, "type", errors);
        var prompt = RequestJson.OptionalString(body, "prompt", errors);
        var modelId = RequestJson.OptionalString(body, "model", errors);
        Require(errors, "workspace_id", workspaceId is not null && CreateFields.IsId(workspaceId, "ws_"), "workspace_id is required and must start with ws_.");
        Require(errors, "project_id", projectId is not null && CreateFields.IsId(projectId, "prj_"), "project_id is required and must start with prj_.");
        Require(errors, "type", type is not null && ModelCatalog.Types.Contains(type), "type is required: image, video, audio or text.");
        Require(errors, "prompt", !string.IsNullOrWhiteSpace(prompt), "prompt is required and must not be blank.");
        var model = modelId is null ? null : ModelCatalog.Find(modelId);
        if (modelId is not null && model is null)
        {
            errors.Add(new("model", $"model '{modelId}' is not a model id; take one from GET /models."));
        }
        else if (model is not null && type is not null && model.Type != type)
        {
            errors.Add(new("model", $"model '{modelId}' makes {model.Type}, not {type}."));
        }

        var callback = RunInputs.CallbackUrl(body, errors);
        if (errors.Count == 0)
        {
            model ??= ModelCatalog.DefaultFor(type!);
            CheckParams(body, model, errors);
        }

        if (errors.Count > 0)
        {
            return EmulatorResult.Validation("The generation could not be started: " + errors[0].Value, errors);
        }

        lock (state.Gate)
        {
            var draft = new RunDraft(RunRecord.Generation, null, model, workspaceId!, projectId!, callback);
            var run = RunStarter.Start(state, context, draft, runId => RunOutputs.ForGeneration(state, runId, model!, prompt!));
            return EmulatorResult.Json(201, w => RunJson.WriteStart(w, run, state));
        }
    });

    private static void Require(List<KeyValuePair<string, string>> errors, string field, bool ok, string message)
    {
        if (!ok && !errors.Exists(e => e.Key == field))
        {
            errors.Add(new(field, message));
        }
    }

    /// <summary><c>params</c>, when given, is an object whose names are the model's parameters.</summary>
    private static void CheckParams(JsonElement body, ModelSpec model, List<KeyValuePair<string, string>> errors)
    {
        if (!body.TryGetProperty("params", out var parameters) || parameters.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (parameters.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("params", "params must be an object of parameter name to value."));
            return;
        }

        foreach (var parameter in parameters.EnumerateObject().Where(p => !model.Params.Any(m => m.Name == p.Name)))
        {
            errors.Add(new($"params.{parameter.Name}",
                $"'{parameter.Name}' is not a parameter of {model.ModelId}; it takes: {string.Join(", ", model.Params.Select(p => p.Name))}."));
        }
    }
}
