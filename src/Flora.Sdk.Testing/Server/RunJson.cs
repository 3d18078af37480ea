using System.Text.Json;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// Writes runs in the shapes of FLORA's TypeScript SDK 0.11.0: required fields always, optional ones only when they have
/// a value (never <c>null</c>): a run (<c>GET /runs/{id}</c>, technique run create and retrieve), a technique run list
/// item, a generation list item, and the start answer (<c>RunStartTechniqueResponse</c> / <c>GenerationCreateResponse</c>).
/// </summary>
internal static class RunJson
{
    public static void WriteRun(Utf8JsonWriter w, RunRecord run, EmulatorState state)
    {
        w.WriteStartObject();
        WriteRunFields(w, run, state);
        w.WriteEndObject();
    }

    /// <summary>A <c>GET /technique-runs</c> item: the run plus technique_run_id, technique, workspace_id and project_id.</summary>
    public static void WriteTechniqueRunItem(Utf8JsonWriter w, RunRecord run, EmulatorState state)
    {
        w.WriteStartObject();
        WriteRunFields(w, run, state);
        w.WriteString("technique_run_id", run.RunId);
        WriteTechnique(w, run.TechniqueSpec!);
        w.WriteString("workspace_id", run.WorkspaceId);
        w.WriteString("project_id", run.ProjectId);
        w.WriteEndObject();
    }

    /// <summary>A <c>GET /generations</c> item: the run plus generation_id, model, workspace_id and project_id.</summary>
    public static void WriteGenerationItem(Utf8JsonWriter w, RunRecord run, EmulatorState state)
    {
        w.WriteStartObject();
        WriteRunFields(w, run, state);
        w.WriteString("generation_id", run.RunId);
        WriteModel(w, run.Model!);
        w.WriteString("workspace_id", run.WorkspaceId);
        w.WriteString("project_id", run.ProjectId);
        w.WriteEndObject();
    }

    /// <summary>The answer of a start: <c>{run_id, type, charged_cost, estimated_seconds, poll_url, project_id, technique | model}</c>.</summary>
    public static void WriteStart(Utf8JsonWriter w, RunRecord run, EmulatorState state)
    {
        w.WriteStartObject();
        w.WriteString("run_id", run.RunId);
        w.WriteString("type", run.Type);
        w.WriteNumber("charged_cost", run.ChargedCost);
        w.WriteNumber("estimated_seconds", run.EstimatedSeconds);
        w.WriteString("poll_url", PollUrl(run, state));
        w.WriteString("project_id", run.ProjectId);
        if (run.TechniqueSpec is { } technique)
        {
            WriteTechnique(w, technique);
        }

        if (run.Model is { } model)
        {
            WriteModel(w, model);
        }

        if (run.ActionSpec is { } action)
        {
            w.WriteStartObject("action");
            w.WriteString("action_id", action.ActionId);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    public static string PollUrl(RunRecord run, EmulatorState state) => $"{state.Origin}/api/v1/runs/{run.RunId}";

    private static void WriteRunFields(Utf8JsonWriter w, RunRecord run, EmulatorState state)
    {
        var now = state.Now;
        var status = run.Status(now);
        w.WriteString("run_id", run.RunId);
        w.WriteString("status", status);
        w.WriteNumber("progress", run.Progress(now));
        w.WriteNumber("created_at", run.CreatedAt.ToUnixTimeMilliseconds());
        if (status != "pending")
        {
            w.WriteNumber("started_at", run.RunningAt.ToUnixTimeMilliseconds());
        }

        w.WriteNumber("charged_cost", run.ChargedCost);
        w.WriteString("poll_url", PollUrl(run, state));
        if (!run.IsTerminal(now))
        {
            return;
        }

        w.WriteNumber("completed_at", run.EndsAt.ToUnixTimeMilliseconds());
        if (run.ErrorCode is { } code)
        {
            w.WriteString("error_code", code);
            w.WriteString("error_message", run.ErrorMessage);
            return;
        }

        w.WriteStartArray("outputs");
        foreach (var output in run.Outputs)
        {
            w.WriteStartObject();
            w.WriteString("output_id", output.OutputId);
            w.WriteString("type", output.Type);
            w.WriteString("url", output.Url);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteTechnique(Utf8JsonWriter w, TechniqueSpec technique)
    {
        w.WriteStartObject("technique");
        w.WriteString("technique_id", technique.TechniqueId);
        w.WriteString("name", technique.Name);
        w.WriteEndObject();
    }

    private static void WriteModel(Utf8JsonWriter w, ModelSpec model)
    {
        w.WriteStartObject("model");
        w.WriteString("model_id", model.ModelId);
        w.WriteEndObject();
    }
}
