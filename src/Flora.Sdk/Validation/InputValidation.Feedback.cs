using Flora.Sdk.Models;

namespace Flora.Sdk.Validation;

internal static partial class InputValidation
{
    public static void FeedbackRecordParams(FeedbackRecordParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        var kind = $"{paramName}.{nameof(Models.FeedbackRecordParams.Kind)}";
        RequiredText(parameters.Kind, kind, "The feedback kind", "FeedbackKind.MissingCapability (\"missing_capability\")");
        if (parameters.Kind.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException(
                $"The feedback kind '{parameters.Kind.Trim()}' contains whitespace: use one of FeedbackKind's values, for example \"missing_capability\".", kind);
        }

        RequiredText(parameters.Summary, $"{paramName}.{nameof(Models.FeedbackRecordParams.Summary)}", "The summary", "'Need support for this CDN's asset URLs'");
        RequiredText(parameters.Detail, $"{paramName}.{nameof(Models.FeedbackRecordParams.Detail)}", "The detail", "'assets.create refused a URL on cdn.example.com'");
        if (parameters.AttemptedTools is { } tools)
        {
            var name = $"{paramName}.{nameof(Models.FeedbackRecordParams.AttemptedTools)}";
            foreach (var tool in tools)
            {
                if (string.IsNullOrWhiteSpace(tool))
                {
                    throw new ArgumentException("An attempted tool is null or blank: name each tool tried, for example 'assets.create'.", name);
                }
            }
        }

        if (parameters.WorkspaceId is not null)
        {
            WorkspaceId(parameters.WorkspaceId, $"{paramName}.{nameof(Models.FeedbackRecordParams.WorkspaceId)}");
        }

        OptionalProjectId(parameters.ProjectId, $"{paramName}.{nameof(Models.FeedbackRecordParams.ProjectId)}");
        if (parameters.RunId is not null)
        {
            var run = $"{paramName}.{nameof(Models.FeedbackRecordParams.RunId)}";
            Id(parameters.RunId, run, "run id", "run_abc123");
            RequirePrefix(parameters.RunId, "run_", run, "run id");
        }
    }
}
