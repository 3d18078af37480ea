using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// Technique runs: <c>POST /techniques/{id}/runs</c>, <c>GET /techniques/{id}/runs/{runId}</c>, <c>GET /technique-runs</c>,
/// <c>POST /runs/technique</c>; <c>GET /runs/{id}</c> for every run; and a run's output bytes at <c>/outputs/…</c>.
/// </summary>
internal sealed class RunEndpoints(EmulatorState state) : IEmulatorEndpoints
{
    public void Map(EmulatorRoutes routes)
    {
        routes.Post("/techniques/{techniqueId}/runs", EmulatorRoute.CreateTechniqueRun, CreateAsync);
        routes.Get("/techniques/{techniqueId}/runs/{runId}", EmulatorRoute.RetrieveTechniqueRun, c => RetrieveTechniqueRun(c.Arg("techniqueId"), c.Arg("runId")));
        routes.Get("/technique-runs", EmulatorRoute.ListTechniqueRuns, c => List(c.Request.Query));
        routes.Post("/runs/technique", EmulatorRoute.StartTechniqueRun, StartAsync);
        routes.Get("/runs/{runId}", EmulatorRoute.RetrieveRun, c => Retrieve(c.Arg("runId")));

        // Output URLs are public CDN-style links, like asset urls: no API key.
        routes.Outside("/outputs/{runId}/{**name}", [HttpMethods.Get], EmulatorRoute.RunOutput,
            c => ContentRanges.Apply(c.Request, Output(c.Arg("runId"), c.Request.RouteValues["name"] as string ?? string.Empty)));
    }

    /// <summary>The nested route: <c>{inputs: [{id, type, value}], mode: "async", callback_url?}</c>; answers the run.</summary>
    public Task<EmulatorResult> CreateAsync(HttpContext context) => RequestJson.WithObjectAsync(context, (body, errors) =>
    {
        var techniqueId = context.Arg("techniqueId");
        if (TechniqueCatalog.Find(techniqueId) is not { } technique)
        {
            return TechniqueNotFound(techniqueId);
        }

        var mode = RequestJson.OptionalString(body, "mode", errors);
        if (mode != "async" && !errors.Exists(e => e.Key == "mode"))
        {
            errors.Add(new("mode", "mode is required; the emulator runs mode \"async\" (poll the run, or take its webhook)."));
        }

        var callback = RunInputs.CallbackUrl(body, errors);
        lock (state.Gate)
        {
            var inputs = RunInputs.FromArray(state, technique, body, errors);
            if (errors.Count > 0)
            {
                return EmulatorResult.Validation("The technique run could not be started: " + errors[0].Value, errors);
            }

            var run = Start(context, technique, state.Options.WorkspaceId, callback, inputs);
            return EmulatorResult.Json(201, w => RunJson.WriteRun(w, run, state));
        }
    });

    /// <summary>The top-level route: <c>{technique_id, workspace_id, inputs: {id: value}}</c>; answers the start shape.</summary>
    public Task<EmulatorResult> StartAsync(HttpContext context) => RequestJson.WithObjectAsync(context, (body, errors) =>
    {
        var techniqueId = RequestJson.OptionalString(body, "technique_id", errors);
        var workspaceId = RequestJson.OptionalString(body, "workspace_id", errors);
        if ((techniqueId is null || !CreateFields.IsId(techniqueId, "tech_")) && !errors.Exists(e => e.Key == "technique_id"))
        {
            errors.Add(new("technique_id", "technique_id is required and must start with tech_; take it from GET /techniques."));
        }

        if ((workspaceId is null || !CreateFields.IsId(workspaceId, "ws_")) && !errors.Exists(e => e.Key == "workspace_id"))
        {
            errors.Add(new("workspace_id", "workspace_id is required and must start with ws_; take it from GET /workspaces."));
        }

        if (errors.Count > 0)
        {
            return EmulatorResult.Validation("The technique run could not be started: " + errors[0].Value, errors);
        }

        if (TechniqueCatalog.Find(techniqueId!) is not { } technique)
        {
            return TechniqueNotFound(techniqueId!);
        }

        var callback = RunInputs.CallbackUrl(body, errors);
        lock (state.Gate)
        {
            var inputs = RunInputs.FromObject(state, technique, body, errors);
            if (errors.Count > 0)
            {
                return EmulatorResult.Validation("The technique run could not be started: " + errors[0].Value, errors);
            }

            var run = Start(context, technique, workspaceId!, callback, inputs);
            return EmulatorResult.Json(201, w => RunJson.WriteStart(w, run, state));
        }
    });

    public EmulatorResult RetrieveTechniqueRun(string techniqueId, string runId) =>
        state.Runs.Find(runId) is { TechniqueSpec: { } technique } run && technique.TechniqueId == techniqueId
            ? EmulatorResult.Json(200, w => RunJson.WriteRun(w, run, state))
            : EmulatorResult.NotFound($"Run '{runId}' of technique '{techniqueId}' was not found.");

    public EmulatorResult Retrieve(string runId) =>
        state.Runs.Find(runId) is { } run
            ? EmulatorResult.Json(200, w => RunJson.WriteRun(w, run, state))
            : EmulatorResult.NotFound($"Run '{runId}' was not found, or is not accessible with this API key.");

    public EmulatorResult List(IQueryCollection query)
    {
        var techniqueId = QueryEndpoints.Single(query, "technique_id");
        return RunPaging.Page(state, query, "technique_runs", state.Runs.Newest(RunRecord.Technique),
            r => techniqueId is null || r.TechniqueSpec!.TechniqueId == techniqueId,
            (w, r) => RunJson.WriteTechniqueRunItem(w, r, state));
    }

    /// <summary>A completed run's output bytes; 404 before it completes, for text outputs, and without stored uploads.</summary>
    public EmulatorResult Output(string runId, string name)
    {
        var run = state.Runs.Find(runId);
        var output = run?.Outputs.FirstOrDefault(o => o.Url.EndsWith("/" + name, StringComparison.Ordinal) && o.Type != "text");
        if (run is null || output is null || run.Status(state.Now) != "completed")
        {
            return EmulatorResult.NotFound($"Run '{runId}' has no completed output '{name}'.");
        }

        return output.FilePath is { } path
            ? EmulatorResult.File(path, output.ContentType!)
            : EmulatorResult.NotFound("The emulator keeps output bytes only when FloraEmulatorOptions.StoreUploads (--store-uploads) is on.");
    }

    private RunRecord Start(HttpContext context, TechniqueSpec technique, string workspaceId, Uri? callback, List<ResolvedInput> inputs)
    {
        var projectId = workspaceId == state.Options.WorkspaceId
            ? state.Options.ProjectId
            : state.Catalog.ProjectsIn(workspaceId).FirstOrDefault()?.ProjectId ?? state.Options.ProjectId;
        var draft = new RunDraft(RunRecord.Technique, technique, null, workspaceId, projectId, callback);
        return RunStarter.Start(state, context, draft, runId => RunOutputs.ForTechnique(state, runId, technique, inputs));
    }

    private static EmulatorResult TechniqueNotFound(string techniqueId) =>
        EmulatorResult.NotFound($"Technique '{techniqueId}' was not found; list them with GET /techniques.");
}
