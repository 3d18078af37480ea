using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>What a new run is: a technique run (with its technique), a generation (with its model) or an action run (with its action).</summary>
internal sealed record RunDraft(string Type, TechniqueSpec? Technique, ModelSpec? Model, string WorkspaceId, string ProjectId, Uri? CallbackUrl, ActionSpec? Action = null);

/// <summary>
/// Starts runs for every route that does (the caller holds <see cref="EmulatorState.Gate"/>): gives the run its id and
/// timeline on the emulator's clock, decides whether it fails (a failing technique or model, or a
/// <see cref="EmulatorFaultKind.RunFailure"/> fault on the request), makes its outputs, and sets the timer that
/// delivers its webhook when it ends.
/// </summary>
internal static class RunStarter
{
    public static RunRecord Start(EmulatorState state, HttpContext context, RunDraft draft, Func<string, IReadOnlyList<RunOutputRecord>> makeOutputs)
    {
        state.AssertLocked();
        var now = state.Now;
        var sequence = state.Runs.NextSequence();
        var runId = "run_" + sequence.ToString("D6", CultureInfo.InvariantCulture) + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
        var processing = state.Options.ProcessingTime;
        var fault = context.Items.TryGetValue(typeof(EmulatorFault), out var item) ? item as EmulatorFault : null;
        var (errorCode, errorMessage) = fault is not null
            ? (fault.ErrorCode, fault.RunErrorMessage)
            : draft.Technique is { AlwaysFails: true } technique
                ? (TechniqueCatalog.FailCode, $"The emulator's technique {technique.TechniqueId} always fails, to test failure handling.")
                : draft.Model is { AlwaysFails: true } model
                    ? (TechniqueCatalog.FailCode, $"The emulator's model {model.ModelId} always fails, to test failure handling.")
                    : ((string?)null, (string?)null);
        var run = new RunRecord
        {
            RunId = runId,
            Sequence = sequence,
            Type = draft.Type,
            WorkspaceId = draft.WorkspaceId,
            ProjectId = draft.ProjectId,
            CreatedAt = now,
            RunningAt = now + (processing / 5),
            EndsAt = now + processing,
            ChargedCost = draft.Action?.ChargedCost ?? draft.Technique?.RunCost ?? (draft.Model!.EstimatedCredits / 100),
            EstimatedSeconds = Math.Max(processing.TotalSeconds, draft.Model?.EstimatedSeconds ?? 0),
            TechniqueSpec = draft.Technique,
            ActionSpec = draft.Action,
            Model = draft.Model,
            ErrorCode = errorCode,
            ErrorMessage = errorMessage,
            Outputs = errorCode is null ? makeOutputs(runId) : [],
            CallbackUrl = draft.CallbackUrl,
        };
        state.Runs.Add(run);
        if (run.CallbackUrl is not null)
        {
            run.EndTimer = state.Options.TimeProvider.CreateTimer(_ => Ended(state, run), null, processing, Timeout.InfiniteTimeSpan);
        }

        return run;
    }

    /// <summary>The run's end: its webhook is made once and sent in the background.</summary>
    private static void Ended(EmulatorState state, RunRecord run)
    {
        lock (state.Gate)
        {
            if (run.WebhookQueued)
            {
                return;
            }

            run.WebhookQueued = true;
            state.Webhooks.Send(run, run.ErrorCode is null ? "completed" : "failed", state.Now);
        }
    }
}
