using Flora.Sdk.Models;

namespace Flora.Sdk.Validation;

internal static partial class InputValidation
{
    public static void ProjectCreateParams(ProjectCreateParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        RequiredText(parameters.Name, $"{paramName}.{nameof(Models.ProjectCreateParams.Name)}", "The project name", "'Spring campaign'");
        WorkspaceId(parameters.WorkspaceId, $"{paramName}.{nameof(Models.ProjectCreateParams.WorkspaceId)}");
    }

    public static void ProjectListNodesParams(ProjectListNodesParams? parameters, string paramName)
    {
        if (parameters is null)
        {
            return;
        }

        Limit(parameters.Limit, $"{paramName}.{nameof(Models.ProjectListNodesParams.Limit)}");
        Cursor(parameters.Cursor, $"{paramName}.{nameof(Models.ProjectListNodesParams.Cursor)}");
    }

    /// <summary>A required text field: not null, not empty, not only whitespace.</summary>
    private static void RequiredText(string? value, string paramName, string what, string example)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"{what} is required, for example {example}.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{what} is blank: pass some text, for example {example}.", paramName);
        }
    }
}
