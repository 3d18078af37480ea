using Flora.Sdk.Models;

namespace Flora.Sdk.Validation;

internal static partial class InputValidation
{
    public static void GenerationCreateParams(GenerationCreateParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        WorkspaceId(parameters.WorkspaceId, $"{paramName}.{nameof(Models.GenerationCreateParams.WorkspaceId)}");
        ProjectId(parameters.ProjectId, $"{paramName}.{nameof(Models.GenerationCreateParams.ProjectId)}");
        RequiredText(parameters.Prompt, $"{paramName}.{nameof(Models.GenerationCreateParams.Prompt)}", "The prompt", "'a red fox in the snow'");
        RequiredText(parameters.Type, $"{paramName}.{nameof(Models.GenerationCreateParams.Type)}", "The generation type", "GenerationType.Image (\"image\")");
        OptionalText(parameters.Model, $"{paramName}.{nameof(Models.GenerationCreateParams.Model)}");
        CallbackUrl(parameters.CallbackUrl, $"{paramName}.{nameof(Models.GenerationCreateParams.CallbackUrl)}");
    }

    public static void GenerationListParams(GenerationListParams? parameters, string paramName)
    {
        if (parameters is null)
        {
            return;
        }

        OptionalWorkspaceId(parameters.WorkspaceId, $"{paramName}.{nameof(Models.GenerationListParams.WorkspaceId)}");
        OptionalProjectId(parameters.ProjectId, $"{paramName}.{nameof(Models.GenerationListParams.ProjectId)}");
        Limit(parameters.Limit, $"{paramName}.{nameof(Models.GenerationListParams.Limit)}");
        Cursor(parameters.Cursor, $"{paramName}.{nameof(Models.GenerationListParams.Cursor)}");
    }

    public static void ModelListParams(ModelListParams? parameters, string paramName) =>
        OptionalText(parameters?.Type, $"{paramName}.{nameof(Models.ModelListParams.Type)}");
}
