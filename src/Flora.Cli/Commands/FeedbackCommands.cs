using System.CommandLine;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary><c>flora feedback record</c>: product feedback to FLORA, such as a source host that is not allowlisted.</summary>
internal static class FeedbackCommands
{
    public static Command Create() => new("feedback", "Send product feedback to FLORA.") { RecordCommand() };

    private static Command RecordCommand()
    {
        var kind = new Option<string?>("--kind", "-k")
        {
            Description = "feature_request, bug, technique_request or missing_capability (for a blocked workflow, such as a source host that is not allowlisted).",
            Required = true,
        };
        kind.CompletionSources.Add(FeedbackKind.FeatureRequest, FeedbackKind.Bug, FeedbackKind.TechniqueRequest, FeedbackKind.MissingCapability);
        var summary = new Option<string?>("--summary", "-s") { Description = "A short summary.", Required = true };
        var detail = new Option<string?>("--detail", "-d") { Description = "The detailed description.", Required = true };
        var tools = new Option<string[]>("--attempted-tool") { Description = "A tool or capability tried first (repeat for several)." };
        var workspace = SharedOptions.WorkspaceId(required: false);
        var project = SharedOptions.ProjectId(required: false);
        var run = new Option<string?>("--run-id") { Description = "The run the feedback is about (run_…)." };
        var record = new Command("record", "Record feedback (POST /feedback).") { kind, summary, detail, tools, workspace, project, run };
        record.SetClientAction(async (parse, client, output, ct) =>
        {
            var attempted = parse.GetValue(tools);
            output.Write(await client.Feedback.RecordAsync(
                new FeedbackRecordParams
                {
                    Kind = parse.GetValue(kind)!,
                    Summary = parse.GetValue(summary)!,
                    Detail = parse.GetValue(detail)!,
                    AttemptedTools = attempted is { Length: > 0 } ? attempted : null,
                    WorkspaceId = parse.GetValue(workspace),
                    ProjectId = parse.GetValue(project),
                    RunId = parse.GetValue(run),
                },
                cancellationToken: ct));
            return ExitCodes.Success;
        });
        return record;
    }
}
