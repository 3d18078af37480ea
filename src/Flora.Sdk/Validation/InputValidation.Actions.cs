using Flora.Sdk.Models;

namespace Flora.Sdk.Validation;

internal static partial class InputValidation
{
    public static void ActionId(string? actionId, string paramName) => Id(actionId, paramName, "action id", "rotate-image-browser");

    /// <summary>A canvas node's id: FLORA documents no prefix, so only the id rules.</summary>
    public static void NodeId(string? nodeId, string paramName) => Id(nodeId, paramName, "node id", "node_abc123");

    public static void ActionRunParams(ActionRunParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        ActionRun(
            parameters.WorkspaceId,
            parameters.ProjectId,
            parameters.Inputs,
            $"{paramName}.{nameof(Models.ActionRunParams.WorkspaceId)}",
            $"{paramName}.{nameof(Models.ActionRunParams.ProjectId)}",
            $"{paramName}.{nameof(Models.ActionRunParams.Inputs)}");
    }

    /// <summary>What every action run needs: FLORA refuses a run without a <c>ws_</c> workspace, a <c>prj_</c> project and at least one typed input.</summary>
    public static void ActionRun(string? workspaceId, string? projectId, IReadOnlyList<ActionInput?>? inputs, string workspaceName, string projectName, string inputsName)
    {
        WorkspaceId(workspaceId, workspaceName);
        ProjectId(projectId, projectName);
        if (inputs is null || inputs.Count == 0)
        {
            throw new ArgumentException(
                "An action run needs at least one input: pass the media by URL (ActionInput.Image(url)) or the text (ActionInput.FromText(text)).", inputsName);
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i] is not { } input)
            {
                throw new ArgumentException($"Input {i} is null: remove it or pass an ActionInput.", inputsName);
            }

            if (string.IsNullOrWhiteSpace(input.Type))
            {
                throw new ArgumentException($"Input {i} has no type: set it to 'image', 'video', 'audio' or 'text' (or use ActionInput.Image, Video, Audio or FromText).", inputsName);
            }
        }
    }

    public static void ProjectActionCreateParams(ProjectActionCreateParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        ActionId(parameters.ActionId, $"{paramName}.{nameof(Models.ProjectActionCreateParams.ActionId)}");
    }
}
