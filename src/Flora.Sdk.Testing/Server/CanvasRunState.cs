using System.Text.Json.Nodes;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// A canvas node's generation state as the graph reports it: <c>idle</c>, <c>generating</c> while its last run is pending
/// or running, <c>done</c> once it completed (its output is the run's first output) or when it holds media, <c>error</c>
/// when the run failed; null for node types with no generation lifecycle.
/// </summary>
internal sealed record CanvasRunState(string? Status, string? ErrorCode, string? ErrorMessage, string? OutputUrl, string? OutputText)
{
    private static readonly string[] s_noLifecycle = ["group", "comment", "batch", "router", "switch", "export", "label", "ghost"];

    public static CanvasRunState Of(EmulatorState state, CanvasNode node)
    {
        if (s_noLifecycle.Contains(node.AgentType))
        {
            return new(null, null, null, null, null);
        }

        if (node.RunId is { } runId && state.Runs.Find(runId) is { } run)
        {
            var now = state.Now;
            if (!run.IsTerminal(now))
            {
                return new("generating", null, null, null, null);
            }

            if (run.ErrorCode is { } code)
            {
                return new("error", code, run.ErrorMessage, null, null);
            }

            var output = run.Outputs.Count > 0 ? run.Outputs[0] : null;
            return output?.Type == "text"
                ? new("done", null, null, null, output.Url)
                : new("done", null, null, output?.Url, null);
        }

        var stored = node.Outputs;
        var hasOutput = stored["url"] is not null || stored["text"] is not null;
        return new(hasOutput ? "done" : "idle", null, null, null, null);
    }

    /// <summary>The node's current output: its stored <c>node_outputs</c> entry, or its completed run's first output.</summary>
    public JsonObject Outputs(CanvasNode node)
    {
        if (OutputUrl is null && OutputText is null)
        {
            return node.Outputs;
        }

        var outputs = (JsonObject)node.Outputs.DeepClone();
        outputs[OutputText is null ? "url" : "text"] = OutputText ?? OutputUrl;
        return outputs;
    }
}
