using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>Starts the runs of canvas nodes (<c>nodes/run</c>) and of actions (<c>runs/action</c>, action nodes).</summary>
internal static class CanvasRuns
{
    public static bool IsRunning(EmulatorState state, CanvasNode node) => false;

    /// <summary>Starts the node's generation and answers the writer of its <c>started</c> entry.</summary>
    public static Action<Utf8JsonWriter> StartNode(EmulatorState state, HttpContext context, ProjectRecord project, CanvasNode node)
    {
        var runId = "run_" + Guid.NewGuid().ToString("N")[..12];
        node.RunId = runId;
        return w =>
        {
            w.WriteString("status", "started");
            w.WriteNumber("charged_cost", 0.01);
            w.WriteNumber("estimated_seconds", state.Options.ProcessingTime.TotalSeconds);
            w.WriteStartObject("model");
            w.WriteString("model_id", node.Text("model_id"));
            w.WriteEndObject();
            w.WriteString("poll_url", $"{state.Origin}/api/v1/runs/{runId}");
            w.WriteString("run_id", runId);
            w.WriteString("type", "generation");
        };
    }

    /// <summary>Starts an action run and answers the writer of its <c>ActionRunResponse</c>.</summary>
    public static Action<Utf8JsonWriter> StartAction(EmulatorState state, HttpContext context, ActionSpec action, string workspaceId, string projectId, CanvasNode? node)
    {
        var runId = "run_" + Guid.NewGuid().ToString("N")[..12];
        if (node is not null)
        {
            node.RunId = runId;
        }

        return w =>
        {
            w.WriteStartObject();
            w.WriteNumber("charged_cost", action.ChargedCost);
            w.WriteNumber("estimated_seconds", state.Options.ProcessingTime.TotalSeconds);
            w.WriteString("run_id", runId);
            w.WriteString("type", "action");
            w.WriteStartObject("action");
            w.WriteString("action_id", action.ActionId);
            w.WriteEndObject();
            w.WriteString("poll_url", $"{state.Origin}/api/v1/runs/{runId}");
            w.WriteString("project_id", projectId);
            w.WriteEndObject();
        };
    }
}
