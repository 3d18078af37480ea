using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// Starts the runs of canvas nodes (<c>nodes/run</c>: generations of the node's model and prompt) and of actions
/// (<c>runs/action</c>, action nodes) in the emulator's run book, so <c>GET /runs/{id}</c> answers them and they progress
/// on <see cref="FloraEmulatorOptions.ProcessingTime"/> like technique runs. The caller holds <see cref="EmulatorState.Gate"/>.
/// </summary>
internal static class CanvasRuns
{
    /// <summary>Whether the node's last run is still pending or running.</summary>
    public static bool IsRunning(EmulatorState state, CanvasNode node) =>
        node.RunId is { } runId && state.Runs.Find(runId) is { } run && !run.IsTerminal(state.Now);

    /// <summary>Starts the node's generation and answers the writer of its <c>started</c> entry.</summary>
    public static Action<Utf8JsonWriter> StartNode(EmulatorState state, HttpContext context, ProjectRecord project, CanvasNode node)
    {
        var model = ModelCatalog.Find(node.Text("model_id")!) ?? ModelCatalog.DefaultFor(node.AgentType);
        var prompt = node.Text("prompt") ?? node.Text("label") ?? string.Empty;
        var draft = new RunDraft(RunRecord.Generation, null, model, project.WorkspaceId, project.ProjectId, null);
        var run = RunStarter.Start(state, context, draft, runId => RunOutputs.ForGeneration(state, runId, model, prompt));
        node.RunId = run.RunId;
        state.Catalog.Touch(project);
        return w =>
        {
            w.WriteString("status", "started");
            w.WriteNumber("charged_cost", run.ChargedCost);
            w.WriteNumber("estimated_seconds", run.EstimatedSeconds);
            w.WriteStartObject("model");
            w.WriteString("model_id", model.ModelId);
            w.WriteEndObject();
            w.WriteString("poll_url", RunJson.PollUrl(run, state));
            w.WriteString("run_id", run.RunId);
            w.WriteString("type", RunRecord.Generation);
        };
    }

    /// <summary>
    /// Starts an action run (on <paramref name="node"/>, whose status then follows it, or headless) and answers it as
    /// <c>ActionRunResponse</c>; its outputs are derived from the action and <paramref name="inputs"/> (their raw JSON).
    /// </summary>
    public static EmulatorResult StartAction(EmulatorState state, HttpContext context, ActionSpec action, string workspaceId, string projectId, string inputs, CanvasNode? node)
    {
        var draft = new RunDraft(RunRecord.Action, null, null, workspaceId, projectId, null, action);
        var run = RunStarter.Start(state, context, draft, runId => RunOutputs.ForAction(state, runId, action, inputs));
        if (node is not null)
        {
            node.RunId = run.RunId;
        }

        return EmulatorResult.Json(201, w => RunJson.WriteStart(w, run, state));
    }
}
